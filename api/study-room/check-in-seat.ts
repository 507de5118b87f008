import { and, eq } from "drizzle-orm";
import { bookings } from "../../db/schema";
import { refuseUnlessCheckInOpen } from "../booking/check-in-guard";
import type { Deps, KioskPrincipal } from "../shared/context";
import { DomainError } from "../shared/errors";
import { loadStudyRoom } from "./load-study-room";
import { mySeatBooking, type Resident } from "./my-seat-booking";

/** Check in at the study room's own kiosk, inside the grace window around the start. */
export async function checkInSeat(
  deps: Deps,
  { kiosk, bookingId, holder }: { kiosk: KioskPrincipal; bookingId: string; holder: Resident },
) {
  const { db, clock } = deps;
  const room = await loadStudyRoom({ db, clock }, { communityId: kiosk.communityId });
  if (kiosk.facilityId !== room.facility.id)
    throw new DomainError("forbidden", "AT_THE_ROOM_ONLY", "Check in at the study room's own kiosk");
  const booking = await mySeatBooking({ db }, { facilityId: room.facility.id, bookingId, holder });
  if (booking.status === "checked_in") return booking;
  const now = clock.now();
  refuseUnlessCheckInOpen(booking, now, room.policy.graceMinutes, { ended: "released", start: "start" });
  // Conditional on "confirmed": if the release job marked it a no-show a moment ago, this changes nothing.
  const [row] = await db
    .update(bookings)
    .set({ status: "checked_in", checkedInAt: now })
    .where(and(eq(bookings.id, booking.id), eq(bookings.status, "confirmed")))
    .returning();
  if (!row) throw new DomainError("conflict", "NOT_OPEN_FOR_CHECK_IN", "This booking was released or has ended");
  return row;
}
