import { z } from "@hono/zod-openapi";

// Dates a person can mean: a birth date from 1900, a booking or claim up to 2100. Outside this
// range a value is a typo or a probe, and some runtimes' zone arithmetic gives NaN for it.
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** "2026-02-29" is not a date; "0000-00-00" and "9999-12-31" are not dates anyone books. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > MAX_YEAR) return false;
  const at = new Date(Date.UTC(y, mo - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d;
}

const DATE_MESSAGE = `A real date (YYYY-MM-DD) between ${MIN_YEAR} and ${MAX_YEAR}`;

/** A local calendar date, checked as a real day within the sane range. */
export const CalendarDate = z
  .string()
  .refine(isCalendarDate, DATE_MESSAGE)
  .openapi({ type: "string", format: "date", example: "2026-11-23" });

/** A month, "YYYY-MM", within the sane range. */
export const CalendarMonth = z
  .string()
  .refine(
    (s) => /^\d{4}-\d{2}$/.test(s) && isCalendarDate(`${s}-01`),
    `A month (YYYY-MM) between ${MIN_YEAR} and ${MAX_YEAR}`,
  )
  .openapi({ type: "string", example: "2026-11" });

/** A local date and time, "YYYY-MM-DDTHH:MM", on a real day within the sane range. */
export const CalendarDateTime = z
  .string()
  .refine(
    (s) => /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(s) && isCalendarDate(s.slice(0, 10)),
    "YYYY-MM-DDTHH:MM (local time) on a real date",
  )
  .openapi({ type: "string", example: "2026-11-23T08:00" });

/** An ISO instant with its offset, within the sane range. */
export const CalendarInstant = z.iso.datetime({ offset: true }).refine((s) => {
  const year = new Date(s).getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR;
}, `An instant between ${MIN_YEAR} and ${MAX_YEAR}`);
