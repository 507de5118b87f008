import { and, eq, sql } from "drizzle-orm";
import { residentLinks, residents, type IdentifyMethod, type SittingName } from "../../db/schema";
import type { BookInput } from "../booking/book";
import { explainRefusal } from "../booking/explain-refusal";
import type { Deps } from "../shared/context";
import { isUniqueViolation, raisedCode } from "../shared/db-errors";
import { configVersion, forgetConfig, isStale, versionGuard } from "../shared/config-cache";
import { DomainError, forbidden, notFound } from "../shared/errors";
import { loadCanteenDay, fundUsage } from "./canteen-day";
import { balanceQuery, mealCardBalance } from "./meal-card-balance";
import { describeOrder, orderAsSeen, orderRow, orderShares } from "./describe-order";
import { quoteMeal } from "./quote-meal";
import { orderBatch } from "./order-batch";

export type OrderMealInput = {
  communityId: string;
  residentId: string;
  orderedById: string;
  sitting: SittingName;
  // A date ahead (up to the policy's days ahead); absent means today.
  serviceDate?: string | undefined;
  payment: "meal_card" | "counter";
  delivery: boolean;
  idempotencyKey: string;
  // What the screen showed: if the price changed since (a fund ran out), nothing is charged.
  expectedPayFen?: number;
  identifiedBy: IdentifyMethod;
  identifyDistance?: number | null;
  kioskId?: string | null;
};

const TRIGGER_ERRORS = {
  INSUFFICIENT_BALANCE: new DomainError(
    "conflict",
    "INSUFFICIENT_BALANCE",
    "The meal card balance is too low; top up at the desk or pay at the counter",
  ),
  FUND_EXHAUSTED: new DomainError(
    "conflict",
    "FUND_EXHAUSTED",
    "A subsidy fund ran out this month; please look at the new price",
  ),
};

/**
 * One meal for one resident at one sitting today. The booking (capacity), the order with its
 * priced evidence (one subsidised meal per person and sitting: unique index), each fund's share
 * (budget trigger) and the card payment (overdraft trigger) go in one batch: all of it lands,
 * or none. The price comes from the cached configuration, and the batch lands only if the
 * configuration is still at the version it was priced from; else it is priced again on fresh
 * data. A race for the subsidised meal is retried too, when the loser sees it is taken.
 */
export async function orderMeal(deps: Deps, input: OrderMealInput) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await placeOrder(deps, input);
    } catch (err) {
      if (err instanceof StaleConfig && attempt < 4) {
        forgetConfig(deps, input.communityId);
        continue;
      }
      if (isUniqueViolation(err) && attempt < 4) continue;
      // A retry of an order that was placed (its key is on a booking) answers with that order, even
      // when the same request would now be refused (past the cut-off, the subsidy taken by itself).
      // Asked only on the way to a refusal, so a new order pays no read for it.
      if (!(err instanceof DomainError)) throw err;
      // A refusal (closed, past the cut-off, the price changed) is only ever given on fresh configuration.
      if (attempt < 4 && (await isStale(deps, input.communityId))) {
        forgetConfig(deps, input.communityId);
        continue;
      }
      const earlier = await findOrderByKey(deps, {
        communityId: input.communityId,
        idempotencyKey: `meal:${input.idempotencyKey}`,
      });
      if (earlier) return earlier;
      throw err;
    }
  }
}

/** The configuration an order was priced from changed before its batch: price it again. */
class StaleConfig extends Error {}

async function placeOrder(deps: Deps, input: OrderMealInput) {
  const { db, clock } = deps;
  const now = clock.now();
  const day = await loadCanteenDay(deps, {
    communityId: input.communityId,
    now,
    date: input.serviceDate,
    trustCache: true,
  });
  const sitting = day.sittings.find((s) => s.name === input.sitting);
  if (!sitting) throw notFound("Sitting");
  const [resident] = await db
    .select()
    .from(residents)
    .where(and(eq(residents.id, input.residentId), eq(residents.communityId, input.communityId)))
    .limit(1);
  if (!resident) throw notFound("Resident");
  if (input.orderedById !== input.residentId) {
    const [link] = await db
      .select()
      .from(residentLinks)
      .where(and(eq(residentLinks.elderId, input.residentId), eq(residentLinks.familyId, input.orderedById)))
      .limit(1);
    if (!link) throw forbidden("You may order only for the elders linked to you");
  }
  const booking: BookInput = {
    communityId: input.communityId,
    resourceId: sitting.resourceId,
    holder: { kind: "resident", id: resident.id },
    ...day.range(sitting),
    holderLimit: "none",
    timeZone: day.community.timeZone,
    idempotencyKey: `meal:${input.idempotencyKey}`,
    guard: versionGuard(input.communityId, day.configVersion),
  };
  if (!day.orderDates.includes(day.serviceDate))
    throw new DomainError(
      "conflict",
      "ORDER_DATE_NOT_OPEN",
      "Meals can be ordered only for the days the canteen lists",
    );
  const closed = day.closedFor(sitting);
  if (closed) throw new DomainError("conflict", "CANTEEN_CLOSED", `The canteen is closed today: ${closed}`);
  if (!day.open(sitting))
    throw new DomainError("conflict", "ORDER_CUTOFF_PASSED", "Orders for this sitting are closed");
  if (input.delivery && !resident.deliveryEligible)
    throw new DomainError(
      "unprocessable",
      "DELIVERY_NOT_ELIGIBLE",
      "Delivery is only for residents staff have signed up",
    );

  const month = day.serviceDate.slice(0, 7);
  const subsidised = !(await hasSubsidisedMeal(deps, resident.id, day.serviceDate, sitting.name));
  const price = quoteMeal(
    day,
    sitting,
    resident,
    await fundUsage({ db }, { communityId: input.communityId, month }),
    subsidised,
  );
  if (input.expectedPayFen !== undefined && input.expectedPayFen !== price.payFen) {
    throw new DomainError(
      "conflict",
      "PRICE_CHANGED",
      "The price changed since it was shown; please look at the new price",
    );
  }
  const [bookingId, orderId] = [crypto.randomUUID(), crypto.randomUUID()];
  const [first, ...rest] = orderBatch(deps, {
    ...input,
    resident,
    day,
    sitting,
    booking,
    price,
    subsidised,
    bookingId,
    orderId,
  });
  // The order, its shares and the card's balance are read back inside the same batch.
  let results: unknown[];
  try {
    results = await db.batch([
      first,
      ...rest,
      orderRow(db, orderId),
      orderShares(db, orderId),
      balanceQuery(db, resident.id),
    ]);
  } catch (err) {
    const code = raisedCode(err, ["INSUFFICIENT_BALANCE", "FUND_EXHAUSTED"] as const);
    throw code ? TRIGGER_ERRORS[code] : err;
  }
  const [[placed], shares, [card]] = results.slice(-3) as [
    Awaited<ReturnType<typeof orderRow>>,
    Awaited<ReturnType<typeof orderShares>>,
    Awaited<ReturnType<typeof balanceQuery>>,
  ];
  const fundName = (code: string) => day.funds.find((f) => f.code === code)?.name ?? code;
  if (placed)
    return {
      ...orderAsSeen(placed, shares),
      exhaustedFunds: price.exhaustedFunds.map(fundName),
      balanceFen: Number(card?.balance ?? 0),
    };
  if ((await configVersion(deps, input.communityId)) !== day.configVersion) throw new StaleConfig();
  const retried = await findOrderByKey(deps, booking);
  if (retried) return retried;
  await explainRefusal(deps, booking); // throws FULL or HOLDER_BUSY
  throw new DomainError("conflict", "FULL", "No meals are left for this sitting");
}

async function hasSubsidisedMeal({ db }: Deps, residentId: string, serviceDate: string, sitting: SittingName) {
  const [row] = await db.all<{ id: string }>(sql`
    SELECT id FROM meal_orders WHERE resident_id = ${residentId} AND service_date = ${serviceDate} AND sitting = ${sitting}
      AND subsidised = 1 AND status <> 'cancelled'`);
  return row !== undefined;
}

/** A retried request (same key) answers with the order the first request made. */
async function findOrderByKey(deps: Deps, booking: Pick<BookInput, "communityId" | "idempotencyKey">) {
  const [row] = await deps.db.all<{ id: string }>(sql`
    SELECT o.id FROM meal_orders o JOIN bookings b ON b.id = o.booking_id
    WHERE b.community_id = ${booking.communityId} AND b.idempotency_key = ${booking.idempotencyKey}`);
  if (!row) return null;
  const order = await describeOrder(deps, { orderId: row.id });
  return (
    order && {
      ...order,
      exhaustedFunds: [] as string[],
      balanceFen: await mealCardBalance(deps, { residentId: order.residentId }),
    }
  );
}
