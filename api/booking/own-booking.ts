import { and, eq } from "drizzle-orm";
import { bookings, type holderKinds } from "../../db/schema";
import type { Deps } from "../shared/context";
import { notFound } from "../shared/errors";

/** Who holds a booking or a place in line: a resident, a courier or a child. */
export type Holder = { kind: (typeof holderKinds)[number]; id: string };

/**
 * One of the holder's own bookings, in a community or at a facility; anyone else's booking is simply
 * not found (named `what` in the answer).
 */
export async function ownBooking(
  { db }: Pick<Deps, "db">,
  {
    bookingId,
    holder,
    at,
    what = "Booking",
  }: { bookingId: string; holder: Holder; at: { communityId: string } | { facilityId: string }; what?: string },
) {
  const [row] = await db
    .select()
    .from(bookings)
    .where(
      and(
        "communityId" in at ? eq(bookings.communityId, at.communityId) : eq(bookings.facilityId, at.facilityId),
        eq(bookings.id, bookingId),
        eq(bookings.holderKind, holder.kind),
        eq(bookings.holderId, holder.id),
      ),
    );
  if (!row) throw notFound(what);
  return row;
}
