import type { Db } from "../../db/client";
import type { Deps } from "../shared/context";
import { eq } from "drizzle-orm";
import { funds, mealOrders, orderSubsidies } from "../../db/schema";

/** An order as the kiosk and staff see it, with each fund's share. */
export async function describeOrder({ db }: Pick<Deps, "db">, { orderId }: { orderId: string }) {
  const [order] = await orderRow(db, orderId);
  if (!order) return null;
  return orderAsSeen(order, await orderShares(db, orderId));
}

/** The order's row; also the read-back at the end of the batch that writes it. */
export const orderRow = (db: Db, orderId: string) =>
  db.select().from(mealOrders).where(eq(mealOrders.id, orderId)).limit(1);

/** Each fund's share of the order. */
export const orderShares = (db: Db, orderId: string) =>
  db
    .select({
      fundCode: funds.code,
      fundName: funds.name,
      ruleId: orderSubsidies.ruleId,
      amountFen: orderSubsidies.amountFen,
    })
    .from(orderSubsidies)
    .innerJoin(funds, eq(funds.id, orderSubsidies.fundId))
    .where(eq(orderSubsidies.orderId, orderId));

type SeenColumns =
  | "id"
  | "residentId"
  | "orderedById"
  | "serviceDate"
  | "sitting"
  | "ticketNo"
  | "status"
  | "policyVersion"
  | "listPriceFen"
  | "payFen"
  | "subsidised"
  | "payment"
  | "delivery"
  | "identifiedBy";

export function orderAsSeen(
  order: Pick<typeof mealOrders.$inferSelect, SeenColumns>,
  shares: Awaited<ReturnType<typeof orderShares>>,
) {
  return {
    id: order.id,
    residentId: order.residentId,
    orderedById: order.orderedById,
    serviceDate: order.serviceDate,
    sitting: order.sitting,
    ticketNo: order.ticketNo,
    status: order.status,
    policyVersion: order.policyVersion,
    listPriceFen: order.listPriceFen,
    payFen: order.payFen,
    savedFen: order.listPriceFen - order.payFen,
    subsidised: order.subsidised,
    subsidies: shares,
    payment: order.payment,
    delivery: order.delivery,
    identifiedBy: order.identifiedBy,
  };
}
