import { and, eq, inArray, or, sql } from "drizzle-orm";
import { insertIf } from "../../db/insert-rows";
import { bookings, bookingTransitions, mealCardEntries, mealOrders, orderTransitions } from "../../db/schema";
import { sourcesOf } from "../../db/schema/columns";
import type { Deps } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import { loadCanteenDay } from "./canteen-day";
import { describeOrder } from "./describe-order";
import { mealCardBalance } from "./meal-card-balance";
import { newId } from "../shared/crypto";

/**
 * Cancels before the sitting's cut-off: the place, the subsidies (the budget trigger counts only
 * live orders) and the card payment all come back. The refund's key is derived from the order,
 * so a double tap refunds once.
 */
export async function cancelOrder(
  deps: Deps,
  { communityId, orderId, actorResidentId }: { communityId: string; orderId: string; actorResidentId: string },
) {
  const { db, clock } = deps;
  const [order] = await db
    .select()
    .from(mealOrders)
    .where(
      and(
        eq(mealOrders.id, orderId),
        eq(mealOrders.communityId, communityId),
        or(eq(mealOrders.residentId, actorResidentId), eq(mealOrders.orderedById, actorResidentId)),
      ),
    )
    .limit(1);
  if (!order) throw notFound("Order"); // the diner, or the family member who ordered, may cancel
  const now = clock.now();
  const day = await loadCanteenDay({ db }, { communityId, now, date: order.serviceDate });
  const sitting = day.sittings.find((s) => s.name === order.sitting);
  if (!sitting || !day.open(sitting))
    throw new DomainError("conflict", "CANCEL_CUTOFF_PASSED", "It is too late to cancel this meal");
  // The place and the money come back only if this order is cancelled now: each effect re-checks
  // the order's new state in its own statement, so a meal served a moment ago keeps both.
  const cancelled = sql`EXISTS (SELECT 1 FROM meal_orders WHERE id = ${orderId} AND status = 'cancelled')`;
  const payment = sql`(SELECT amount_fen FROM meal_card_entries WHERE order_id = ${orderId} AND kind = 'payment')`;
  await db.batch([
    db
      .update(mealOrders)
      .set({ status: "cancelled", updatedAt: now })
      .where(and(eq(mealOrders.id, orderId), inArray(mealOrders.status, sourcesOf(orderTransitions, "cancelled")))),
    db
      .update(bookings)
      .set({ status: "cancelled" })
      .where(
        and(
          eq(bookings.id, order.bookingId),
          inArray(bookings.status, sourcesOf(bookingTransitions, "cancelled")),
          cancelled,
        ),
      ),
    insertIf(
      db,
      mealCardEntries,
      {
        id: newId(),
        communityId,
        residentId: order.residentId,
        amountFen: sql`-${payment}`,
        kind: "refund",
        method: "meal_card",
        orderId,
        idempotencyKey: `refund:${orderId}`,
        createdAt: now,
      },
      sql`${cancelled} AND ${payment} IS NOT NULL`,
    ).onConflictDoNothing(),
  ]);
  const after = await describeOrder({ db }, { orderId });
  if (after?.status !== "cancelled")
    throw new DomainError("conflict", "NOT_CANCELLABLE", "This order can no longer be cancelled");
  return { ...after, balanceFen: await mealCardBalance({ db }, { residentId: order.residentId }) };
}
