import {
  durationMinutes,
  isStepAligned,
  openingContaining,
  closureDuring,
  stepStart,
  withinDaysAhead,
  type Closure,
  type WeekdayHours,
} from "../booking/schedule-rules";
import { isValidRange, type TimeRange } from "../booking/rules";
import type { SeatFeature, SeatView } from "./seats";

export type StudyRules = {
  now: Date;
  timeZone: string;
  stepMinutes: number;
  daysAhead: number;
  minutesPerDay: number;
  hours: readonly WeekdayHours[];
  closures: readonly Closure[];
};

export type RangeRefusal =
  | "EMPTY_RANGE"
  | "NOT_ON_STEP"
  | "IN_PAST"
  | "TOO_FAR_AHEAD"
  | "TOO_LONG"
  | "CLOSED"
  | "CLOSURE";

/**
 * Why a seat cannot be booked for this range, before any seat is considered; null when it can.
 * The current step may still be booked (10:00–12:00 at 10:10), the past may not.
 */
export function rangeRefusal(range: TimeRange, r: StudyRules): RangeRefusal | null {
  if (!isValidRange(range)) return "EMPTY_RANGE";
  if (!isStepAligned(range, r.stepMinutes, r.timeZone)) return "NOT_ON_STEP";
  if (range.startsAt < stepStart(r.now, r.stepMinutes, r.timeZone)) return "IN_PAST";
  if (!withinDaysAhead(range.startsAt, r.now, r.daysAhead, r.timeZone)) return "TOO_FAR_AHEAD";
  if (durationMinutes(range) > r.minutesPerDay) return "TOO_LONG";
  if (!openingContaining(range, r.hours, r.timeZone)) return "CLOSED";
  if (closureDuring(range, r.closures)) return "CLOSURE";
  return null;
}

/**
 * A walk-in sits from now to the end of the step `minutes` later, cut short by closing time or
 * the next closure; null when the room is closed now.
 */
export function walkInRange(minutes: number, r: StudyRules): TimeRange | null {
  const startsAt = r.now;
  const opening = openingContaining({ startsAt, endsAt: new Date(startsAt.getTime() + 60_000) }, r.hours, r.timeZone);
  if (!opening || closureDuring({ startsAt, endsAt: new Date(startsAt.getTime() + 60_000) }, r.closures)) return null;
  const wanted = new Date(stepStart(startsAt, r.stepMinutes, r.timeZone).getTime() + minutes * 60_000);
  const nextClosure = r.closures.filter((c) => c.startsAt > startsAt).sort((a, b) => +a.startsAt - +b.startsAt)[0];
  const endsAt = new Date(
    Math.min(wanted.getTime(), opening.endsAt.getTime(), nextClosure?.startsAt.getTime() ?? Infinity),
  );
  return endsAt > startsAt ? { startsAt, endsAt } : null;
}

/** Seats for a walk-in: those with the wished-for feature first, then the rest, in map order. */
export function rankSeats(seats: readonly SeatView[], prefer?: SeatFeature) {
  return [...seats]
    .filter((s) => s.inService)
    .sort((a, b) => Number(prefer ? b[prefer] : 0) - Number(prefer ? a[prefer] : 0) || a.row - b.row || a.col - b.col);
}

/** Seats to move a booking to when its seat leaves service: the most features in common first. */
export function replacementSeats(from: SeatView, seats: readonly SeatView[]) {
  const common = (s: SeatView) =>
    (["power", "window", "quiet"] as const).filter((f) => s[f] === from[f]).length + (s.zone === from.zone ? 1 : 0);
  return seats
    .filter((s) => s.inService && s.id !== from.id)
    .sort((a, b) => common(b) - common(a) || a.row - b.row || a.col - b.col);
}
