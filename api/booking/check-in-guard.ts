import type { BookingStatus } from "../../db/schema";
import { DomainError } from "../shared/errors";
import { type Attendable, checkInOpen } from "./attendance-rules";

/**
 * Refuses a check-in the engine does not allow: only a confirmed booking checks in, from a grace
 * period before its start to its no-show moment (the refusal says when it opens). `words` name
 * how a booking ends and what it starts with at this facility.
 */
export function refuseUnlessCheckInOpen(
  booking: Attendable & { status: BookingStatus },
  now: Date,
  graceMinutes: number,
  words: { ended: string; start: string },
) {
  if (booking.status !== "confirmed")
    throw new DomainError("conflict", "NOT_OPEN_FOR_CHECK_IN", `This booking was ${words.ended} or has ended`);
  if (checkInOpen(booking, now, graceMinutes)) return;
  const early = now < booking.startsAt;
  throw new DomainError(
    "conflict",
    early ? "TOO_EARLY" : "TOO_LATE",
    early ? `Check-in opens shortly before the ${words.start}` : "The time to check in has passed",
    undefined,
    { opensAt: new Date(booking.startsAt.getTime() - graceMinutes * 60_000).toISOString() },
  );
}
