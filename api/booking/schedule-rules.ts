import { addDays, isoWeekday, localDate, localTime, minutesOfDay, zonedInstant } from "../shared/time";
import type { TimeRange } from "./rules";

/**
 * Opening hours of one weekday (1 = Monday), wall-clock "HH:MM" in the community's zone; with a
 * `date`, that date's one-off hours, which win over its weekday's.
 */
export type WeekdayHours = { weekday: number; opens: string; closes: string; date?: string | undefined };
export type Closure = TimeRange & { reason: string };

export const overlaps = (a: TimeRange, b: TimeRange) =>
  a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

/**
 * The opening that begins on a local date, as instants. A close at or before the open runs past
 * midnight (an exam-season 08:00–01:00), so the interval ends on the next local date.
 */
export function openingOn(date: string, hours: readonly WeekdayHours[], timeZone: string): TimeRange | null {
  const row =
    hours.find((h) => h.date === date) ?? hours.find((h) => h.date === undefined && h.weekday === isoWeekday(date));
  if (!row) return null;
  const overnight = minutesOfDay(row.closes) <= minutesOfDay(row.opens);
  return {
    startsAt: zonedInstant(date, row.opens, timeZone),
    endsAt: zonedInstant(overnight ? addDays(date, 1) : date, row.closes, timeZone),
  };
}

/** The opening a range lies wholly inside: the one begun that local day, or last night's that runs past midnight. */
export function openingContaining(
  range: TimeRange,
  hours: readonly WeekdayHours[],
  timeZone: string,
): TimeRange | null {
  const day = localDate(range.startsAt, timeZone);
  for (const date of [day, addDays(day, -1)]) {
    const opening = openingOn(date, hours, timeZone);
    if (opening && opening.startsAt <= range.startsAt && range.endsAt <= opening.endsAt) return opening;
  }
  return null;
}

export const closureDuring = (range: TimeRange, closures: readonly Closure[]) =>
  closures.find((c) => overlaps(range, c)) ?? null;

/** Whole steps of the local clock (08:00, 08:30 …), so seats free up in pieces others can book. */
export function isStepAligned(range: TimeRange, stepMinutes: number, timeZone: string) {
  const onStep = (at: Date) => at.getTime() % 60_000 === 0 && minutesOfDay(localTime(at, timeZone)) % stepMinutes === 0;
  return onStep(range.startsAt) && onStep(range.endsAt);
}

/** The start of the step that contains an instant (its local wall clock rounded down). */
export function stepStart(at: Date, stepMinutes: number, timeZone: string): Date {
  const minutes = minutesOfDay(localTime(at, timeZone));
  const floored = minutes - (minutes % stepMinutes);
  const time = `${String(Math.floor(floored / 60)).padStart(2, "0")}:${String(floored % 60).padStart(2, "0")}`;
  return zonedInstant(localDate(at, timeZone), time, timeZone);
}

/** Today and the next `daysAhead` local dates are open for booking. */
export const withinDaysAhead = (startsAt: Date, now: Date, daysAhead: number, timeZone: string) =>
  localDate(startsAt, timeZone) <= addDays(localDate(now, timeZone), daysAhead);

export const durationMinutes = (range: TimeRange) => (range.endsAt.getTime() - range.startsAt.getTime()) / 60_000;
