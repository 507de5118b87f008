import { and, eq } from "drizzle-orm";
import { bookings } from "../../db/schema";
import { offerFreedPlaces } from "../booking/waitlist";
import type { Deps } from "../shared/context";
import { DomainError } from "../shared/errors";
import { loadStudyRoom } from "./load-study-room";
import { mySeatBooking, type Resident } from "./my-seat-booking";

/**
 * Done for the day, or not coming: a seated person leaves (the rest of the time is freed), a
 * booking not yet started is cancelled. Either way the place is offered to whoever waits.
 */
export async function leaveSeat(
  deps: Deps,
  { communityId, bookingId, holder }: { communityId: string; bookingId: string; holder: Resident },
) {
  const { db, clock } = deps;
  const room = await loadStudyRoom({ db, clock }, { communityId });
  const booking = await mySeatBooking({ db }, { facilityId: room.facility.id, bookingId, holder });
  const now = clock.now();
  if (booking.status === "held")
    throw new DomainError("conflict", "OFFER_OPEN", "This seat is offered to you: take it or say no");
  const seated = booking.status === "checked_in";
  const [row] = await db
    .update(bookings)
    .set(seated ? { status: "completed", closedAt: now } : { status: "cancelled", closedAt: now })
    .where(and(eq(bookings.id, booking.id), eq(bookings.status, seated ? "checked_in" : "confirmed")))
    .returning();
  if (!row) {
    if (["completed", "cancelled"].includes(booking.status)) return booking;
    throw new DomainError("conflict", "ALREADY_OVER", "This booking has already ended");
  }
  await offerFreedPlaces(deps, { facilityId: room.facility.id });
  return row;
}
