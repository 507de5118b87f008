import { inJsonList } from "../../db/json-list";
import { and, asc, eq } from "drizzle-orm";
import { bookings, mealOrders, menuItems, residentLinks, residents, type SittingName } from "../../db/schema";
import type { Deps } from "../shared/context";
import { DomainError } from "../shared/errors";
import { canteenClosuresBetween } from "./canteen-closures";
import { fundUsage, loadCanteenDay, sittingTaken } from "./canteen-day";
import { mealCardBalance } from "./meal-card-balance";
import { quoteMeal } from "./quote-meal";

/**
 * The kiosk's canteen screen for an identified resident: a day's (today's, or one ahead) sittings and dishes with their
 * own price and saving, and the same for each elder they may order for. Prices come from here,
 * never from the screen.
 */
export async function canteenToday(
  deps: Deps,
  { communityId, residentId, date }: { communityId: string; residentId: string; date?: string | undefined },
) {
  const { db, clock } = deps;
  const day = await loadCanteenDay(deps, { communityId, now: clock.now(), date });
  if (!day.orderDates.includes(day.serviceDate))
    throw new DomainError(
      "conflict",
      "ORDER_DATE_NOT_OPEN",
      "Meals can be ordered only for the days the canteen lists",
    );
  const links = await db
    .select({ elderId: residentLinks.elderId })
    .from(residentLinks)
    .where(eq(residentLinks.familyId, residentId));
  const diners = await db
    .select()
    .from(residents)
    .where(
      and(
        eq(residents.communityId, communityId),
        inJsonList(residents.id, [residentId, ...links.map((l) => l.elderId)]),
      ),
    );
  if (!diners.some((d) => d.id === residentId))
    throw new DomainError("forbidden", "RESIDENTS_ONLY", "The canteen serves residents");
  const [usage, dishes, orders, closures] = await Promise.all([
    fundUsage({ db }, { communityId, month: day.serviceDate.slice(0, 7) }),
    db
      .select()
      .from(menuItems)
      .where(and(eq(menuItems.communityId, communityId), eq(menuItems.serviceDate, day.serviceDate)))
      .orderBy(asc(menuItems.position)),
    db
      .select({ order: mealOrders, notice: bookings.notice })
      .from(mealOrders)
      .innerJoin(bookings, eq(bookings.id, mealOrders.bookingId))
      .where(
        and(
          inJsonList(
            mealOrders.residentId,
            diners.map((d) => d.id),
          ),
          eq(mealOrders.serviceDate, day.serviceDate),
        ),
      ),
    canteenClosuresBetween({ db }, { communityId, from: day.today, to: day.orderDates.at(-1) ?? day.today }),
  ]);
  const sittings = await Promise.all(
    day.sittings.map(async (s) => ({
      s,
      left: Math.max(0, s.capacity - (await sittingTaken({ db }, { resourceId: s.resourceId, range: day.range(s) }))),
    })),
  );
  const fundName = (code: string) => day.funds.find((f) => f.code === code)?.name ?? code;
  return {
    serviceDate: day.serviceDate,
    orderDates: day.orderDates.map((date) => ({
      date,
      closed: closures.wholeDay(date) ? (closures.on(date)[0]?.reason ?? null) : null,
    })),
    closed: day.closed,
    diners: await Promise.all(
      [...diners]
        .sort((a) => (a.id === residentId ? -1 : 1))
        .map(async (d) => {
          const mine = orders.filter((o) => o.order.residentId === d.id && o.order.status !== "cancelled");
          return {
            id: d.id,
            name: d.name,
            self: d.id === residentId,
            deliveryEligible: d.deliveryEligible,
            balanceFen: await mealCardBalance({ db }, { residentId: d.id }),
            orders: mine.map(({ order: o, notice }) => ({
              id: o.id,
              sitting: o.sitting,
              ticketNo: o.ticketNo,
              payFen: o.payFen,
              payment: o.payment,
              status: o.status,
              delivery: o.delivery,
              // Staff moved it here when the sitting it was ordered for was lowered: she is told where from.
              movedFrom:
                notice?.kind === "moved" && notice.fromDate
                  ? { sitting: notice.fromLabel as SittingName, date: notice.fromDate }
                  : null,
            })),
            sittings: sittings.map(({ s, left }) => {
              const price = quoteMeal(
                day,
                s,
                d,
                usage,
                !mine.some(({ order: o }) => o.sitting === s.name && o.subsidised),
              );
              return {
                name: s.name,
                start: s.start,
                end: s.end,
                orderCutoff: s.orderCutoff,
                open: !day.closedFor(s) && day.open(s),
                left,
                dishes: dishes.filter((m) => m.sitting === s.name).map((m) => m.name),
                price: {
                  listPriceFen: price.listPriceFen,
                  payFen: price.payFen,
                  savedFen: price.savedFen,
                  subsidies: price.subsidies.map((x) => ({ fundName: fundName(x.fundCode), amountFen: x.amountFen })),
                },
                exhaustedFunds: price.exhaustedFunds.map(fundName),
              };
            }),
          };
        }),
    ),
  };
}
