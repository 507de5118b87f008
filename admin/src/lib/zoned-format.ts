import { locale } from "../i18n";

// The room's clock, not the desk computer's: a booking at 09:30 in Shanghai reads 09:30 anywhere.
const format = (options: Intl.DateTimeFormatOptions) => (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale.value, { ...options, timeZone, hourCycle: "h23" }).format(new Date(iso));

/** An instant's wall-clock time (09:30) in a zone. */
export const timeIn = format({ hour: "2-digit", minute: "2-digit" });

/** An instant's date and time in a zone, for lists that span days. */
export const dateTimeIn = format({
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** A stored local date-time (2026-11-25T08:00) as people write it. */
export const localDateTimeText = (local: string) => local.replace("T", " ");
