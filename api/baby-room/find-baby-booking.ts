import type { Deps } from "../shared/context";
import { and, eq } from "drizzle-orm";
import { babyBookings, bookings } from "../../db/schema";
import { notFound } from "../shared/errors";

/** An engine booking with its baby-room side, in this community. */
export async function findBabyBooking(
  { db }: Pick<Deps, "db">,
  { communityId, bookingId }: { communityId: string; bookingId: string },
) {
  const [row] = await db
    .select({ booking: bookings, baby: babyBookings })
    .from(bookings)
    .innerJoin(babyBookings, eq(babyBookings.bookingId, bookings.id))
    .where(and(eq(bookings.id, bookingId), eq(bookings.communityId, communityId)))
    .limit(1);
  if (!row) throw notFound("Booking");
  return row;
}

export type BabyBooking = Awaited<ReturnType<typeof findBabyBooking>>;

export const babyBookingView = ({ booking, baby }: BabyBooking, refunded?: boolean) => ({
  id: booking.id,
  sessionId: baby.sessionId,
  childId: baby.childId,
  status: booking.status,
  startsAt: booking.startsAt.toISOString(),
  endsAt: booking.endsAt.toISOString(),
  checkedInAt: booking.checkedInAt?.toISOString() ?? null,
  closedAt: booking.closedAt?.toISOString() ?? null,
  payment: baby.payment,
  priceFen: baby.priceFen,
  ...(refunded === undefined ? {} : { refunded }),
});
