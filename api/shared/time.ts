import { TZDate } from "@date-fns/tz";

// Asking Intl for a zone's offset is the dear part of zone arithmetic, and every request asks it
// (today's date, a sitting's times). Both answers are remembered: the offset for each minute (zones
// change offset on whole minutes) and each local date and time's instant. Bounded, and pure.
const MINUTE = 60_000;
const REMEMBERED = 10_000;
const offsets = new Map<string, number>();
const instants = new Map<string, number>();

function remembered(memo: Map<string, number>, key: string, work: () => number) {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= REMEMBERED) memo.clear();
    memo.set(key, (value = work()));
  }
  return value;
}

/** The instant's wall clock in the zone, as a Date whose UTC fields read it. */
function wallClock(at: Date, timeZone: string) {
  const ms = at.getTime();
  const offset = remembered(offsets, `${timeZone} ${Math.floor(ms / MINUTE)}`, () =>
    new TZDate(ms, timeZone).getTimezoneOffset(),
  );
  return new Date(ms - offset * MINUTE);
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone: rules work on local dates. */
export function localDate(at: Date, timeZone: string): string {
  return wallClock(at, timeZone).toISOString().slice(0, 10);
}

/** The wall-clock time (HH:MM) of an instant in a time zone. */
export function localTime(at: Date, timeZone: string): string {
  return wallClock(at, timeZone).toISOString().slice(11, 16);
}

/** The UTC instant of a local date and wall-clock time in a time zone. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  return new Date(
    remembered(instants, `${timeZone} ${date} ${time}`, () => {
      const [y, m, d] = date.split("-").map(Number) as [number, number, number];
      const [hh, mm] = time.split(":").map(Number) as [number, number];
      return new TZDate(y, m - 1, d, hh, mm, 0, timeZone).getTime();
    }),
  );
}

/** Whole years between a birth date and a service date, both local calendar dates. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = onDate.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** An optional instant as JSON gives it: ISO text, or null. */
export const isoOrNull = (at: Date | null) => at?.toISOString() ?? null;

/** Calendar arithmetic on local dates (YYYY-MM-DD) through UTC midnight: no zone can shift a day. */
export const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A month (YYYY-MM) n months later (or earlier, n < 0). */
export function addMonths(month: string, n: number) {
  const [year, mon] = month.split("-").map(Number);
  return new Date(Date.UTC(year!, mon! - 1 + n, 1)).toISOString().slice(0, 7);
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/** Minutes since midnight of "HH:MM". */
export const minutesOfDay = (time: string) => {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
};
