import { and, eq } from "drizzle-orm";
import { bookings } from "../../db/schema";
import type { Deps } from "../shared/context";
import { DomainError } from "../shared/errors";

/** Gives a confirmed place back. Conditional on the status, so a double tap cancels once. */
export async function cancelBooking(
  { db }: Deps,
  { communityId, bookingId }: { communityId: string; bookingId: string },
) {
  const [row] = await db
    .update(bookings)
    .set({ status: "cancelled" })
    .where(and(eq(bookings.communityId, communityId), eq(bookings.id, bookingId), eq(bookings.status, "confirmed")))
    .returning();
  if (!row) throw new DomainError("conflict", "NOT_CANCELLABLE", "This booking is not open to cancellation");
  return row;
}
