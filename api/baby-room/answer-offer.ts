import { eq, sql } from "drizzle-orm";
import { bookings, waitlistEntries } from "../../db/schema";
import { cancelWaitlistEntry, declineOffer } from "../booking/waitlist";
import type { Deps } from "../shared/context";
import { findInCommunity } from "../shared/find-in-community";
import { DomainError, notFound } from "../shared/errors";
import { localDate } from "../shared/time";
import { findBabyBooking } from "./find-baby-booking";
import { childInCare } from "./guardianship";
import { findSession } from "./list-sessions";
import { loadBabyRoom } from "./load-baby-room";
import { choosePayment, paymentRefusal, paymentStatements } from "./pay-session";

/** An offer (a held booking for a child) that this guardian may answer. */
async function findOffer(deps: Pick<Deps, "db">, communityId: string, bookingId: string, guardianId: string) {
  const offer = await findInCommunity(deps, bookings, { id: bookingId, communityId }, "Offer");
  if (offer.holderKind !== "child") throw notFound("Offer");
  const { child } = await childInCare(deps, { communityId, childId: offer.holderId, residentId: guardianId });
  return { offer, child };
}

/**
 * A guardian takes the place the waitlist held for the child. The hold becomes a booking, and the
 * baby-room record with what it costs (one free session, or the agreed price from the guardian's
 * meal card) is written in the same batch, each only while the hold is still open: twenty taps
 * racing confirm it once and use or pay once, and a retry after the first answers the booking.
 */
export async function acceptSessionOffer(
  deps: Deps,
  {
    communityId,
    bookingId,
    guardianId,
    priceFen,
  }: { communityId: string; bookingId: string; guardianId: string; priceFen?: number },
) {
  const { db, clock } = deps;
  const { offer, child } = await findOffer(deps, communityId, bookingId, guardianId);
  if (offer.status === "confirmed") return findBabyBooking({ db }, { communityId, bookingId });
  const room = await loadBabyRoom({ db }, { communityId });
  const session = await findSession({ db }, { communityId, sessionId: offer.resourceId });
  const { pay, period } = await choosePayment(deps, {
    room,
    session,
    childId: child.id,
    sessionDate: localDate(session.startsAt, room.timeZone),
    agreedPriceFen: priceFen,
  });
  const ts = clock.now().getTime();
  const open = sql`EXISTS (SELECT 1 FROM bookings WHERE id = ${bookingId} AND status = 'held' AND hold_expires_at > ${ts})`;
  // The record and the payment first, while the hold is open; then the hold itself, in the same batch.
  const steps = [
    ...paymentStatements(db, { room, session, childId: child.id, guardianId, bookingId, pay, period, when: open, ts }),
    db.run(sql`UPDATE bookings SET status = 'confirmed', hold_expires_at = NULL
      WHERE id = ${bookingId} AND status = 'held' AND hold_expires_at > ${ts}`),
    db.run(sql`UPDATE waitlist_entries SET status = 'accepted'
      WHERE offer_booking_id = ${bookingId} AND status = 'offered'
        AND EXISTS (SELECT 1 FROM bookings WHERE id = ${bookingId} AND status = 'confirmed')`),
  ];
  try {
    await db.batch(steps as [(typeof steps)[number], ...(typeof steps)[number][]]);
  } catch (err) {
    throw paymentRefusal(err);
  }
  const [after] = await db.select({ status: bookings.status }).from(bookings).where(eq(bookings.id, bookingId));
  if (after?.status !== "confirmed")
    throw new DomainError("conflict", "OFFER_EXPIRED", "This offer has run out; the place went to the next person");
  return findBabyBooking({ db }, { communityId, bookingId });
}

/** Say no to the place held for the child: it goes to the next in line at once. */
export async function declineSessionOffer(
  deps: Deps,
  { communityId, bookingId, guardianId }: { communityId: string; bookingId: string; guardianId: string },
) {
  const { child } = await findOffer(deps, communityId, bookingId, guardianId);
  return declineOffer(deps, { communityId, bookingId, holder: { kind: "child", id: child.id } });
}

/** Take the child out of the line for a session. */
export async function leaveSessionWaitlist(
  deps: Deps,
  { communityId, entryId, guardianId }: { communityId: string; entryId: string; guardianId: string },
) {
  const entry = await findInCommunity(deps, waitlistEntries, { id: entryId, communityId }, "Waitlist entry");
  if (entry.holderKind !== "child") throw notFound("Waitlist entry");
  await childInCare(deps, { communityId, childId: entry.holderId, residentId: guardianId });
  return cancelWaitlistEntry(deps, { communityId, entryId, holder: { kind: "child", id: entry.holderId } });
}
