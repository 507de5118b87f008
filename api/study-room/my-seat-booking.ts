import type { Deps } from "../shared/context";
import { and, eq } from "drizzle-orm";
import { bookings } from "../../db/schema";
import { notFound } from "../shared/errors";
import { isoOrNull } from "../shared/time";

export type Resident = { kind: "resident"; id: string };

/** One of the person's own bookings at the study room; anyone else's booking is simply not found. */
export async function mySeatBooking(
  { db }: Pick<Deps, "db">,
  { facilityId, bookingId, holder }: { facilityId: string; bookingId: string; holder: Resident },
) {
  const [row] = await db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.id, bookingId),
        eq(bookings.facilityId, facilityId),
        eq(bookings.holderKind, holder.kind),
        eq(bookings.holderId, holder.id),
      ),
    );
  if (!row) throw notFound("Booking");
  return row;
}

/** A booking as the kiosk and admin receive it. */
export const seatBookingView = (b: typeof bookings.$inferSelect) => ({
  id: b.id,
  resourceId: b.resourceId,
  status: b.status,
  startsAt: b.startsAt.toISOString(),
  endsAt: b.endsAt.toISOString(),
  checkedInAt: isoOrNull(b.checkedInAt),
  awaySince: isoOrNull(b.awaySince),
  closedAt: isoOrNull(b.closedAt),
  holdExpiresAt: isoOrNull(b.holdExpiresAt),
});
