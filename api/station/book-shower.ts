import { and, eq } from "drizzle-orm";
import { bookings } from "../../db/schema";
import { book } from "../booking/book";
import { checkInOpen } from "../booking/attendance-rules";
import { ownBooking } from "../booking/own-booking";
import { loadPolicy } from "../booking/policy";
import type { Deps, KioskPrincipal } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import { showerRange } from "./rules";
import { type Courier, loadShowers, showerBookingView } from "./showers";

const LATEST_AHEAD_MS = 4 * 60 * 60_000;
/** The kiosk offers a start computed a moment ago; a start this much in the past is still "now". */
const NOW_SLACK_MS = 2 * 60_000;

/**
 * Book a shower slot (its minutes and the cleaning after) through the booking engine, whose one
 * statement decides: two riders tapping the same free slot get one booking between them.
 */
export async function bookShower(
  deps: Deps,
  {
    kiosk,
    holder,
    ...input
  }: { kiosk: KioskPrincipal; holder: Courier } & { showerId: string; startsAt: Date; idempotencyKey: string },
) {
  const now = deps.clock.now().getTime();
  const s = await loadShowers(deps, { communityId: kiosk.communityId });
  if (kiosk.facilityId !== s.station.facility.id)
    throw new DomainError("forbidden", "AT_THE_STATION_ONLY", "Book a shower at the station's kiosk");
  if (!s.showers.some((sh) => sh.id === input.showerId)) throw notFound("Shower");
  const start = input.startsAt.getTime();
  if (start < now - NOW_SLACK_MS || start > now + LATEST_AHEAD_MS)
    throw new DomainError("unprocessable", "OUTSIDE_BOOKING_WINDOW", "Pick a slot from now to four hours ahead");
  const range = showerRange(new Date(Math.max(start, now)), s.slot, s.cleaning);
  const booking = await book(deps, {
    communityId: kiosk.communityId,
    resourceId: input.showerId,
    holder,
    startsAt: range.startsAt,
    endsAt: range.endsAt,
    holderLimit: "facility",
    timeZone: s.station.timeZone,
    allowance: { activeBookings: 1 },
    idempotencyKey: input.idempotencyKey,
  });
  return showerBookingView(booking, s.cleaning);
}

/** "Start my shower" at the kiosk: checks in within the grace period, so the duties do not release it. */
export async function startShower(
  deps: Deps,
  { kiosk, holder, bookingId }: { kiosk: KioskPrincipal; holder: Courier; bookingId: string },
) {
  const { db, clock } = deps;
  const s = await loadShowers(deps, { communityId: kiosk.communityId });
  const loaded = await loadPolicy({ db }, { facilityId: s.station.facility.id });
  const booking = await ownBooking(
    { db },
    { at: { facilityId: s.station.facility.id }, bookingId, holder, what: "Shower booking" },
  );
  const now = clock.now();
  if (booking.status === "confirmed" && !checkInOpen(booking, now, loaded?.policy.graceMinutes ?? 10))
    throw new DomainError("conflict", "NOT_YET", "Your slot has not started yet");
  const [row] = await db
    .update(bookings)
    .set({ status: "checked_in", checkedInAt: now })
    .where(and(eq(bookings.id, booking.id), eq(bookings.status, "confirmed")))
    .returning();
  if (!row && booking.status !== "checked_in")
    throw new DomainError("conflict", "NOT_OPEN_FOR_CHECK_IN", "This slot was released or has ended");
  return showerBookingView(row ?? booking, s.cleaning);
}
