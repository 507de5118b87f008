import { and, asc, eq, sql } from "drizzle-orm";
import { mealOrders, menuItems, residents } from "../../db/schema";
import type { Deps } from "../shared/context";
import { dayOrders } from "./day-orders";
import { type ServiceDay, serviceDateOf } from "./admin/dates";

/** What to cook: per sitting, meals to dine in and to deliver, and the day's dishes. */
export async function productionList(deps: Pick<Deps, "db" | "clock">, { day }: { day: ServiceDay }) {
  const { db } = deps;
  const { communityId } = day;
  const serviceDate = await serviceDateOf(deps, day);
  const [counts, dishes] = await Promise.all([
    db.all<{ sitting: string; dine_in: number; delivery: number; served: number }>(sql`
      SELECT sitting, sum(delivery = 0) AS dine_in, sum(delivery = 1) AS delivery, sum(status IN ('served', 'delivered')) AS served
      FROM meal_orders WHERE community_id = ${communityId} AND service_date = ${serviceDate} AND status <> 'cancelled' GROUP BY sitting`),
    db
      .select()
      .from(menuItems)
      .where(and(eq(menuItems.communityId, communityId), eq(menuItems.serviceDate, serviceDate)))
      .orderBy(asc(menuItems.position)),
  ]);
  return (["lunch", "dinner"] as const).map((sitting) => {
    const c = counts.find((r) => r.sitting === sitting);
    return {
      sitting,
      dineIn: Number(c?.dine_in ?? 0),
      delivery: Number(c?.delivery ?? 0),
      served: Number(c?.served ?? 0),
      dishes: dishes.filter((d) => d.sitting === sitting).map((d) => d.name),
    };
  });
}

/** The counter's view: today's tickets for a sitting, to mark served. */
export async function counterTickets(deps: Pick<Deps, "db" | "clock">, { day }: { day: ServiceDay }) {
  const { communityId } = day;
  const serviceDate = await serviceDateOf(deps, day);
  return dayOrders(
    deps.db
      .select({
        id: mealOrders.id,
        sitting: mealOrders.sitting,
        ticketNo: mealOrders.ticketNo,
        name: residents.name,
        status: mealOrders.status,
        payment: mealOrders.payment,
        payFen: mealOrders.payFen,
        delivery: mealOrders.delivery,
      })
      .from(mealOrders)
      .$dynamic(),
    { communityId, serviceDate },
  ).orderBy(asc(mealOrders.sitting), asc(mealOrders.ticketNo));
}
