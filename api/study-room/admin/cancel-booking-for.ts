import { and, eq, inArray } from "drizzle-orm";
import { bookings } from "../../../db/schema";
import { endOfferEntry, offerFreedPlaces } from "../../booking/waitlist";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { DomainError } from "../../shared/errors";
import { loadStudyRoom } from "../load-study-room";

/**
 * Staff override: cancel someone's booking (or end their sitting) with a reason the person sees
 * at the kiosk. It is not a no-show and brings no strike. The place goes to whoever waits.
 */
export async function cancelBookingFor(
  deps: Deps,
  {
    actor,
    communityId,
    bookingId,
    reason,
  }: { actor: StaffPrincipal; communityId: string; bookingId: string; reason: string },
) {
  const { db, clock } = deps;
  const room = await loadStudyRoom({ db, clock }, { communityId });
  const now = clock.now();
  const open = and(
    eq(bookings.id, bookingId),
    eq(bookings.facilityId, room.facility.id),
    inArray(bookings.status, ["held", "confirmed", "checked_in"]),
  );
  const [current] = await db.select({ id: bookings.id }).from(bookings).where(open);
  if (!current) throw new DomainError("conflict", "NOT_CANCELLABLE", "This booking is not open to cancellation");
  await db.batch([
    db
      .update(bookings)
      .set({ status: "cancelled", closedAt: now, notice: { kind: "cancelled", reason } })
      .where(open),
    // A cancelled offer ends its place in line too, or the entry would stay "offered" for good.
    endOfferEntry(db, bookingId, "cancelled"),
    auditInsert(deps, {
      actor,
      communityId,
      action: "study_room.cancel_booking",
      entity: "booking",
      entityId: bookingId,
      after: { reason },
    }),
  ]);
  await offerFreedPlaces(deps, { facilityId: room.facility.id });
  return { bookingId, cancelled: true as const };
}
