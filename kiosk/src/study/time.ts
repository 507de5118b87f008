import { locale } from "../i18n";
import { welcome } from "../models/welcome";

// The API sends UTC instants; people read the community's clock, whatever the kiosk's own zone.
const FALLBACK_ZONE = "Asia/Shanghai";
const zone = () => welcome.data.value?.community.timeZone ?? FALLBACK_ZONE;

const formats = new Map<string, Intl.DateTimeFormat>();
function format(lang: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${lang}|${timeZone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(lang, { timeZone, ...options })));
  return f;
}

/** "14:00": the wall-clock time of an instant in the community. */
export const clockTime = (iso: string) =>
  format("en-GB", zone(), { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));

/** "2026-11-24": the community's calendar date of an instant. */
export function localDate(iso: string) {
  const parts = format("en-CA", zone(), { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(
    new Date(iso),
  );
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

// Calendar dates (YYYY-MM-DD) are read at UTC midnight, so no zone moves them to another day.
const calendar = (date: string, options: Intl.DateTimeFormatOptions) =>
  format(locale.value, "UTC", options).format(new Date(`${date}T00:00:00Z`));
const month = () => (locale.value === "en" ? "short" : "long");

/** "11月26日周四" / "Thu 26 Nov". */
export const dateWords = (date: string) => calendar(date, { month: month(), day: "numeric", weekday: "short" });
/** "11月26日" / "26 Nov". */
export const monthDay = (date: string) => calendar(date, { month: month(), day: "numeric" });
/** "周四" / "Thu". */
export const weekday = (date: string) => calendar(date, { weekday: "short" });

/** "11月26日 14:05" / "26 Nov 14:05": when something ends, such as a ban. */
export const dateTimeWords = (iso: string) =>
  `${format(locale.value, zone(), { month: month(), day: "numeric" }).format(new Date(iso))} ${clockTime(iso)}`;

export const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
