import { and, eq, or, sql } from "drizzle-orm";
import { mealOrders } from "../../db/schema";
import type { Deps } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import { loadCanteenDay } from "./canteen-day";
import { describeOrder } from "./describe-order";
import { mealCardBalance } from "./meal-card-balance";

/**
 * Cancels before the sitting's cut-off: the place, the subsidies (the budget trigger counts only
 * live orders) and the card payment all come back. The refund's key is derived from the order,
 * so a double tap refunds once.
 */
export async function cancelOrder(deps: Deps, communityId: string, orderId: string, actorResidentId: string) {
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
  const day = await loadCanteenDay(db, communityId, now, order.serviceDate);
  const sitting = day.sittings.find((s) => s.name === order.sitting);
  if (!sitting || !day.open(sitting))
    throw new DomainError("conflict", "CANCEL_CUTOFF_PASSED", "It is too late to cancel this meal");
  const ts = now.getTime();
  await db.batch([
    db.run(
      sql`UPDATE meal_orders SET status = 'cancelled', updated_at = ${ts} WHERE id = ${orderId} AND status = 'placed'`,
    ),
    db.run(sql`UPDATE bookings SET status = 'cancelled' WHERE id = ${order.bookingId} AND status = 'confirmed'`),
    db.run(sql`
      INSERT INTO meal_card_entries (id, community_id, resident_id, amount_fen, kind, method, order_id, idempotency_key, created_at)
      SELECT ${crypto.randomUUID()}, ${communityId}, resident_id, -amount_fen, 'refund', 'meal_card', ${orderId}, ${`refund:${orderId}`}, ${ts}
      FROM meal_card_entries WHERE order_id = ${orderId} AND kind = 'payment'
      ON CONFLICT (community_id, idempotency_key) DO NOTHING`),
  ]);
  const after = await describeOrder(db, orderId);
  if (after?.status !== "cancelled")
    throw new DomainError("conflict", "NOT_CANCELLABLE", "This order can no longer be cancelled");
  return { ...after, balanceFen: await mealCardBalance(db, order.residentId) };
}
