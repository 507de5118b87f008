import { sql } from "drizzle-orm";
import type { ResidentGroup } from "../../db/schema";
import { bookingStatement, type BookInput } from "../booking/book";
import type { Deps } from "../shared/context";
import { ageOn } from "../shared/time";
import type { CanteenDay, Sitting } from "./canteen-day";
import type { Price } from "./rules";
import { newId } from "../shared/crypto";

export type OrderBatchInput = {
  communityId: string;
  resident: { id: string; birthDate: string; groups: ResidentGroup[]; address: string | null; grid: string | null };
  orderedById: string;
  day: Pick<CanteenDay, "serviceDate" | "policy" | "funds">;
  sitting: Pick<Sitting, "name">;
  booking: BookInput;
  price: Pick<Price, "listPriceFen" | "payFen" | "subsidies">;
  subsidised: boolean;
  payment: "meal_card" | "counter";
  delivery: boolean;
  identifiedBy: string;
  identifyDistance?: number | null;
  kioskId?: string | null;
  bookingId: string;
  orderId: string;
};

/** A meal's place at a sitting as the booking engine takes it: the sitting's range, one per person and key. */
export const mealBooking = (
  communityId: string,
  day: Pick<CanteenDay, "range" | "community">,
  sitting: Sitting,
  residentId: string,
  key: string,
): BookInput => ({
  communityId,
  resourceId: sitting.resourceId,
  holder: { kind: "resident", id: residentId },
  ...day.range(sitting),
  holderLimit: "none",
  timeZone: day.community.timeZone,
  idempotencyKey: `meal:${key}`,
});

/**
 * The statements of one order, for one atomic batch: the booking (capacity), the order with its
 * priced evidence (one subsidised meal per person and sitting: unique index), each fund's share
 * (budget trigger) and the card payment (overdraft trigger). Each depends on the one before it
 * having written its row, so a refused booking writes nothing at all.
 */
export function orderBatch(deps: Pick<Deps, "db" | "clock">, input: OrderBatchInput) {
  const { db, clock } = deps;
  const { day, sitting, resident, price, orderId, bookingId } = input;
  const ts = clock.now().getTime();
  const month = day.serviceDate.slice(0, 7);
  const orderExists = sql`EXISTS (SELECT 1 FROM meal_orders WHERE id = ${orderId})`;
  const fundId = (code: string) => day.funds.find((f) => f.code === code)!.id;
  return [
    bookingStatement(deps, input.booking, bookingId),
    db.run(sql`
        INSERT INTO meal_orders (id, community_id, booking_id, resident_id, ordered_by_id, service_date, sitting, diner_age, diner_groups, ticket_no, policy_id, policy_version,
          list_price_fen, pay_fen, subsidised, payment, delivery, delivery_address, delivery_grid, status, identified_by, identify_distance, kiosk_id, created_at, updated_at)
        SELECT ${orderId}, ${input.communityId}, ${bookingId}, ${resident.id}, ${input.orderedById}, ${day.serviceDate}, ${sitting.name},
          ${ageOn(resident.birthDate, day.serviceDate)}, ${JSON.stringify(resident.groups)},
          (SELECT coalesce(max(ticket_no), 0) + 1 FROM meal_orders WHERE community_id = ${input.communityId} AND service_date = ${day.serviceDate} AND sitting = ${sitting.name}),
          ${day.policy.id}, ${day.policy.version}, ${price.listPriceFen}, ${price.payFen}, ${input.subsidised ? 1 : 0}, ${input.payment}, ${input.delivery ? 1 : 0},
          ${input.delivery ? resident.address : null}, ${input.delivery ? resident.grid : null}, 'placed', ${input.identifiedBy},
          ${input.identifyDistance ?? null}, ${input.kioskId ?? null}, ${ts}, ${ts}
        WHERE EXISTS (SELECT 1 FROM bookings WHERE id = ${bookingId})`),
    ...price.subsidies.map((s) =>
      db.run(sql`
        INSERT INTO order_subsidies (order_id, fund_id, rule_id, amount_fen, month)
        SELECT ${orderId}, ${fundId(s.fundCode)}, ${s.ruleId}, ${s.amountFen}, ${month} WHERE ${orderExists}`),
    ),
    ...(input.payment === "meal_card" && price.payFen > 0
      ? [
          db.run(sql`
        INSERT INTO meal_card_entries (id, community_id, resident_id, amount_fen, kind, method, order_id, idempotency_key, created_at)
        SELECT ${newId()}, ${input.communityId}, ${resident.id}, ${-price.payFen}, 'payment', 'meal_card', ${orderId}, ${`pay:${orderId}`}, ${ts}
        WHERE ${orderExists}`),
        ]
      : []),
  ] as const;
}
