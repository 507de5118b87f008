import { and, eq, sql } from "drizzle-orm";
import { allowanceEntries } from "../../db/schema";
import type { Deps } from "../shared/context";
import { DomainError } from "../shared/errors";
import { findBabyBooking } from "./find-baby-booking";
import { childInCare } from "./guardianship";
import { loadBabyRoom } from "./load-baby-room";
import { cancelRefunds } from "./rules";

/**
 * A guardian cancels. The status moves only from confirmed (or an offer's hold), and the free
 * session comes back only before the cut-off, in the same batch and only if this very transition
 * happened (its closed_at); the ledger's unique booking-and-kind index makes a second refund
 * impossible however many cancels race. Every caller gets the booking's final state.
 */
export async function cancelSession(
  deps: Deps,
  { communityId, ...input }: { communityId: string } & { bookingId: string; guardianId: string; staffId?: string },
) {
  const { db, clock } = deps;
  const room = await loadBabyRoom({ db }, { communityId });
  const found = await findBabyBooking({ db }, { communityId, bookingId: input.bookingId });
  if (!input.staffId)
    await childInCare({ db }, { communityId, childId: found.baby.childId, residentId: input.guardianId });
  const { booking } = found;
  if (booking.status === "cancelled")
    return {
      ...(await findBabyBooking({ db }, { communityId, bookingId: booking.id })),
      ...(await refundOf(deps, booking.id)),
    };
  if (booking.status !== "confirmed" && booking.status !== "held")
    throw new DomainError("conflict", "NOT_CANCELLABLE", "This booking is not open to cancellation");
  const now = clock.now();
  const ts = now.getTime();
  const refund =
    found.baby.payment === "allowance" && cancelRefunds(booking.startsAt, now, room.policy.cancelCutoffMinutes);
  await db.batch([
    db.run(sql`UPDATE bookings SET status = 'cancelled', closed_at = ${ts}
      WHERE id = ${booking.id} AND status IN ('confirmed', 'held')`),
    ...(refund
      ? [
          db.run(sql`
      INSERT INTO allowance_entries (id, community_id, facility_id, child_id, period, kind, amount, booking_id, idempotency_key, created_at)
      SELECT ${crypto.randomUUID()}, u.community_id, u.facility_id, u.child_id, u.period, 'refund', 1, u.booking_id, ${`refund:${booking.id}`}, ${ts}
      FROM allowance_entries u
      WHERE u.booking_id = ${booking.id} AND u.kind = 'use'
        AND EXISTS (SELECT 1 FROM bookings b WHERE b.id = ${booking.id} AND b.status = 'cancelled' AND b.closed_at = ${ts})
      ON CONFLICT DO NOTHING`),
        ]
      : []),
  ]);
  return {
    ...(await findBabyBooking({ db }, { communityId, bookingId: booking.id })),
    ...(await refundOf(deps, booking.id)),
  };
}

async function refundOf({ db }: Pick<Deps, "db">, bookingId: string) {
  const [row] = await db
    .select({ id: allowanceEntries.id })
    .from(allowanceEntries)
    .where(and(eq(allowanceEntries.bookingId, bookingId), eq(allowanceEntries.kind, "refund")))
    .limit(1);
  return { refunded: Boolean(row) };
}
