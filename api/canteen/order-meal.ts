import { and, eq, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared";
import { residentLinks, residents, type IdentifyMethod, type SittingName } from "../../db/schema";
import type { BookInput } from "../booking/book";
import { explainRefusal } from "../booking/explain-refusal";
import type { Deps } from "../shared/context";
import { isUniqueViolation, raisedCode } from "../shared/db-errors";
import { configVersion, forgetConfig, isStale, versionGuard } from "../shared/config-cache";
import { DomainError, forbidden, notFound } from "../shared/errors";
import { loadCanteenDay, fundUsage } from "./canteen-day";
import { actClaimed, claimKey, holdsKey, type NewClaim } from "../shared/idempotency";
import { balanceOf, mealCardBalance } from "./meal-card-balance";
import { describeOrder, orderAsSeen } from "./describe-order";
import { quoteMeal } from "./quote-meal";
import { mealBooking, orderBatch, type OrderBatchInput } from "./order-batch";
import { newId } from "../shared/crypto";

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
  /** A keyed request's claim (api/shared/idempotency.ts), made in the order's own batch with its answer. */
  claim?: NewClaim;
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

/** The answer to an order: the order as the kiosk shows it, the funds that ran out, the card's balance. */
export type PlacedOrder = ReturnType<typeof orderAsSeen> & { exhaustedFunds: string[]; balanceFen: number };

/**
 * One meal for one resident at one sitting today. The booking (capacity), the order with its
 * priced evidence (one subsidised meal per person and sitting: unique index), each fund's share
 * (budget trigger) and the card payment (overdraft trigger) go in one batch: all of it lands,
 * or none. The price comes from the cached configuration, and the batch lands only if the
 * configuration is still at the version it was priced from; else it is priced again on fresh
 * data. The first try prices the meal as the person's subsidised one with every fund in budget,
 * reading neither: the unique index and the budget trigger refuse that batch when it is not so,
 * and the order is priced again on what the database says (as is a price the screen did not show).
 * With a claim (a keyed request), the key's claim and the answer land in the same batch too.
 */
export async function orderMeal(deps: Deps, input: OrderMealInput): Promise<PlacedOrder> {
  let key = input.idempotencyKey;
  let fresh = false;
  for (let attempt = 1; ; attempt++) {
    try {
      const outcome = await placeOrder(deps, { ...input, idempotencyKey: key }, fresh);
      if ("answer" in outcome) return outcome.answer;
      if (attempt >= 4) throw new Error("The order's key kept changing hands");
      key = outcome.claimId; // an earlier request under the key was refused: act under its claim
    } catch (err) {
      if (err instanceof StaleConfig && attempt < 4) {
        forgetConfig(deps, input.communityId);
        continue;
      }
      if ((err instanceof NotAsPriced || isUniqueViolation(err)) && attempt < 4) {
        fresh = true;
        continue;
      }
      if (!(err instanceof DomainError) || err.code === "IDEMPOTENCY_KEY_REUSED") throw err;
      // A refusal (closed, past the cut-off, the price changed) is only ever given on fresh configuration.
      if (attempt < 4 && (await isStale(deps, input.communityId))) {
        forgetConfig(deps, input.communityId);
        continue;
      }
      // A retry of an order that was placed answers with that order, even when the same request
      // would now be refused (past the cut-off, the subsidy taken by itself); a refusal keeps the key
      // for its request. Asked only on the way to a refusal, so a new order pays no read for it.
      if (input.claim) {
        const held = await claimKey(deps, input.claim);
        if ("answer" in held) return held.answer as PlacedOrder;
        key = held.claimId;
      }
      const earlier = await findOrderByKey(deps, { communityId: input.communityId, idempotencyKey: `meal:${key}` });
      if (earlier) return earlier;
      throw err;
    }
  }
}

const residentOf = prepared((db) =>
  db
    .select()
    .from(residents)
    .where(and(eq(residents.id, sql.placeholder("id")), eq(residents.communityId, sql.placeholder("communityId"))))
    .limit(1),
);

/** The configuration an order was priced from changed before its batch: price it again. */
class StaleConfig extends Error {}

/** The first try's price (subsidised, every fund in budget) is not what the database says: price it on fresh reads. */
class NotAsPriced extends Error {}

async function placeOrder(
  deps: Deps,
  input: OrderMealInput,
  fresh: boolean,
): Promise<{ answer: PlacedOrder } | { claimId: string }> {
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
  const [resident] = await residentOf.of(db).all({ id: input.residentId, communityId: input.communityId });
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
    ...mealBooking(input.communityId, day, sitting, resident.id, input.idempotencyKey),
    guard: input.claim
      ? sql`${versionGuard(input.communityId, day.configVersion)} AND ${holdsKey(input.idempotencyKey)}`
      : versionGuard(input.communityId, day.configVersion),
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
  const subsidised = fresh ? !(await hasSubsidisedMeal(deps, resident.id, day.serviceDate, sitting.name)) : true;
  const usage = fresh ? await fundUsage({ db }, { communityId: input.communityId, month }) : new Map<string, number>();
  const price = quoteMeal(day, sitting, resident, usage, subsidised);
  if (input.expectedPayFen !== undefined && input.expectedPayFen !== price.payFen) {
    if (!fresh) throw new NotAsPriced();
    throw new DomainError(
      "conflict",
      "PRICE_CHANGED",
      "The price changed since it was shown; please look at the new price",
    );
  }
  const act = orderAct(deps, {
    ...input,
    resident,
    day,
    sitting,
    booking,
    price,
    subsidised,
    bookingId: newId(),
    orderId: newId(),
  });
  let text: string | null;
  try {
    if (input.claim) {
      const held = await actClaimed(deps, input.claim, { claimId: input.idempotencyKey, ...act });
      if ("answer" in held) return { answer: held.answer as PlacedOrder };
      if (held.claimId !== input.idempotencyKey) return held;
      text = null;
    } else {
      const results = await db.batch([
        ...act.statements,
        db.all(sql`SELECT ${act.answer} AS answer WHERE ${act.acted}`),
      ]);
      text = (results.at(-1) as { answer: string }[])[0]?.answer ?? null;
    }
  } catch (err) {
    const code = raisedCode(err, ["INSUFFICIENT_BALANCE", "FUND_EXHAUSTED"] as const);
    if (code === "FUND_EXHAUSTED" && !fresh) throw new NotAsPriced();
    throw code ? TRIGGER_ERRORS[code] : err;
  }
  if (text !== null) return { answer: JSON.parse(text) as PlacedOrder };
  if ((await configVersion(deps, input.communityId)) !== day.configVersion) throw new StaleConfig();
  const retried = await findOrderByKey(deps, booking);
  if (retried) return { answer: retried };
  await explainRefusal(deps, booking); // throws FULL or HOLDER_BUSY
  throw new DomainError("conflict", "FULL", "No meals are left for this sitting");
}

/**
 * An order's statements and, once it is placed, its answer as SQL: the order as the kiosk shows it,
 * with the ticket number and the card's balance that only the batch knows filled in.
 */
export function orderAct(
  deps: Pick<Deps, "db" | "clock">,
  order: OrderBatchInput & { identifiedBy: IdentifyMethod; price: { exhaustedFunds: string[] } },
) {
  const { day, price, orderId, resident } = order;
  const fundName = (code: string) => day.funds.find((f) => f.code === code)?.name ?? code;
  // The answer is known but for the ticket number and the balance, which the batch fills in.
  const seen: PlacedOrder = {
    ...orderAsSeen(
      {
        id: orderId,
        residentId: resident.id,
        orderedById: order.orderedById,
        serviceDate: day.serviceDate,
        sitting: order.sitting.name,
        ticketNo: 0,
        status: "placed",
        policyVersion: day.policy.version,
        listPriceFen: price.listPriceFen,
        payFen: price.payFen,
        subsidised: order.subsidised,
        payment: order.payment,
        delivery: order.delivery,
        identifiedBy: order.identifiedBy,
      },
      price.subsidies.map((x) => ({
        fundCode: x.fundCode,
        fundName: fundName(x.fundCode),
        ruleId: x.ruleId,
        amountFen: x.amountFen,
      })),
    ),
    exhaustedFunds: price.exhaustedFunds.map(fundName),
    balanceFen: 0,
  };
  return {
    statements: orderBatch(deps, order),
    acted: sql`EXISTS (SELECT 1 FROM meal_orders WHERE id = ${orderId})`,
    answer: sql`json_set(${JSON.stringify(seen)},
      '$.ticketNo', (SELECT ticket_no FROM meal_orders WHERE id = ${orderId}),
      '$.balanceFen', ${balanceOf(resident.id)})`,
  };
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
