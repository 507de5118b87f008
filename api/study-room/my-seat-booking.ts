import type { Deps } from "../shared/context";
import type { bookings } from "../../db/schema";
import { ownBooking } from "../booking/own-booking";
import { isoOrNull } from "../shared/time";

export type Resident = { kind: "resident"; id: string };

/** One of the person's own bookings at the study room; anyone else's booking is simply not found. */
export async function mySeatBooking(
  { db }: Pick<Deps, "db">,
  { facilityId, bookingId, holder }: { facilityId: string; bookingId: string; holder: Resident },
) {
  return ownBooking({ db }, { at: { facilityId }, bookingId, holder });
}

type Booking = typeof bookings.$inferSelect;

/** Where a seat booking stands and its times, as the kiosk, the admin and the live map receive them. */
export const bookingTimes = (
  b: Pick<Booking, "status" | "startsAt" | "endsAt" | "checkedInAt" | "awaySince" | "closedAt">,
) => ({
  status: b.status,
  startsAt: b.startsAt.toISOString(),
  endsAt: b.endsAt.toISOString(),
  checkedInAt: isoOrNull(b.checkedInAt),
  awaySince: isoOrNull(b.awaySince),
  closedAt: isoOrNull(b.closedAt),
});

/** A booking as the kiosk and admin receive it. */
export const seatBookingView = (
  b: Pick<
    Booking,
    "id" | "resourceId" | "status" | "startsAt" | "endsAt" | "checkedInAt" | "awaySince" | "closedAt" | "holdExpiresAt"
  >,
) => ({ id: b.id, resourceId: b.resourceId, ...bookingTimes(b), holdExpiresAt: isoOrNull(b.holdExpiresAt) });
