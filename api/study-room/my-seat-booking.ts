import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { bookings } from "../../db/schema";
import { notFound } from "../shared/errors";

export type Resident = { kind: "resident"; id: string };

/** One of the person's own bookings at the study room; anyone else's booking is simply not found. */
export async function mySeatBooking(db: Db, facilityId: string, bookingId: string, holder: Resident) {
  const [row] = await db.select().from(bookings).where(and(
    eq(bookings.id, bookingId), eq(bookings.facilityId, facilityId), eq(bookings.holderKind, holder.kind), eq(bookings.holderId, holder.id)));
  if (!row) throw notFound("Booking");
  return row;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** A booking as the kiosk and admin receive it. */
export const seatBookingView = (b: typeof bookings.$inferSelect) => ({
  id: b.id, resourceId: b.resourceId, status: b.status, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString(),
  checkedInAt: iso(b.checkedInAt), awaySince: iso(b.awaySince), closedAt: iso(b.closedAt), holdExpiresAt: iso(b.holdExpiresAt),
});
