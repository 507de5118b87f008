import type { TimeRange } from "./rules";

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A booking with the moment it was made: one made after its start (the current step, a waitlist offer) counts from then. */
export type Attendable = TimeRange & { createdAt?: Date };

/**
 * Not checked in by the end of the grace period (or by the end, for a booking shorter than it): a
 * no-show. The grace period runs from the start, or from when the booking was made if that was
 * later, so booking the current step or taking a seat offered after its start never means a strike.
 */
export function noShowAt(booking: Attendable, graceMinutes: number) {
  const from = Math.max(booking.startsAt.getTime(), booking.createdAt?.getTime() ?? -Infinity);
  return new Date(Math.min(from + graceMinutes * MINUTE, booking.endsAt.getTime()));
}

/** Check-in opens a grace period before the start and closes at the no-show moment. */
export const checkInOpen = (booking: Attendable, now: Date, graceMinutes: number) =>
  now.getTime() >= booking.startsAt.getTime() - graceMinutes * MINUTE && now < noShowAt(booking, graceMinutes);

/** Stepped out (暂离) and not back by then: the place is given back. */
export const awayEndsAt = (awaySince: Date, awayMinutes: number) =>
  new Date(awaySince.getTime() + awayMinutes * MINUTE);

export type StrikePolicy = { strikeLimit: number; strikeWindowDays: number; banDays: number };

/**
 * Strikes that count now: no-shows inside the rolling window and after the last ban began, so a
 * ban uses up the strikes that caused it and the next ban needs a fresh run of no-shows.
 */
export function countingStrikes(
  noShowStarts: readonly Date[],
  now: Date,
  windowDays: number,
  lastBanStart: Date | null,
) {
  const from = Math.max(now.getTime() - windowDays * DAY, lastBanStart?.getTime() ?? -Infinity);
  return noShowStarts.filter((at) => at.getTime() > from && at.getTime() <= now.getTime()).length;
}

/** The ban that N strikes bring, if they do: from now for the policy's days. */
export function banFromStrikes(strikes: number, policy: StrikePolicy, now: Date): TimeRange | null {
  if (strikes < policy.strikeLimit) return null;
  return { startsAt: now, endsAt: new Date(now.getTime() + policy.banDays * DAY) };
}

export type Ban = TimeRange & { liftedAt: Date | null };
export const banInForce = (ban: Ban, now: Date) => !ban.liftedAt && ban.startsAt <= now && now < ban.endsAt;
