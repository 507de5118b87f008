import { sql } from "drizzle-orm";
import { offerFreedPlaces } from "../booking/waitlist";
import type { Deps } from "../shared/context";
import { DomainError } from "../shared/errors";
import { findBabyBooking } from "./find-baby-booking";
import { childInCare } from "./guardianship";
import { loadBabyRoom } from "./load-baby-room";
import { refundedOf, refundStatements } from "./pay-session";
import { cancelRefunds } from "./rules";

/**
 * A guardian cancels. The status moves only from confirmed (or an offer's hold), and what the
 * booking cost (the free session, or the card payment) comes back only before the cut-off, in the
 * same batch and only if this very transition happened (its closed_at); the ledgers' keys make a
 * second refund impossible however many cancels race. The freed place goes to the waitlist at
 * once. Every caller gets the booking's final state.
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
  const answer = async () => ({
    ...(await findBabyBooking({ db }, { communityId, bookingId: booking.id })),
    ...(await refundedOf({ db }, communityId, booking.id)),
  });
  if (booking.status === "cancelled") return answer();
  if (booking.status !== "confirmed" && booking.status !== "held")
    throw new DomainError("conflict", "NOT_CANCELLABLE", "This booking is not open to cancellation");
  const now = clock.now();
  const ts = now.getTime();
  const refund = cancelRefunds(booking.startsAt, now, room.policy.cancelCutoffMinutes);
  const cancelled = sql`EXISTS (SELECT 1 FROM bookings b WHERE b.id = ${booking.id} AND b.status = 'cancelled' AND b.closed_at = ${ts})`;
  await db.batch([
    db.run(sql`UPDATE bookings SET status = 'cancelled', closed_at = ${ts}
      WHERE id = ${booking.id} AND status IN ('confirmed', 'held')`),
    ...(refund ? refundStatements(db, { communityId, bookingId: booking.id, cancelled, ts }) : []),
  ]);
  await offerFreedPlaces(deps, { facilityId: room.facility.id });
  return answer();
}
