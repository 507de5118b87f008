import type { ErrorWording } from "@ui/error-text";
import { serverNow, studyDay, type SeatFeature } from "../models/study-day";
import type { SeatState } from "./seat-plan";
import { addDays, clockTime, dateTimeWords, dateWords, localDate, weekday } from "./time";
import { st } from "./i18n";

export const seatFeatures: readonly SeatFeature[] = ["power", "window", "quiet"];
export const featureWord = (feature: SeatFeature) => st(`study.feature.${feature}`);
export const seatStateWord = (state: SeatState) => st(`study.seat.${state}`);

function relativeDay(date: string) {
  const today = localDate(new Date(serverNow()).toISOString());
  if (date === today) return st("study.today");
  if (date === addDays(today, 1)) return st("study.tomorrow");
  return null;
}

/** "今天" and "明天" as people say them; later days by date and weekday. */
export const dayWord = (date: string) => relativeDay(date) ?? dateWords(date);

/** A day's name on its button: 今天, 明天, or the weekday (the date goes beneath it). */
export const dayName = (date: string) => relativeDay(date) ?? weekday(date);

/** "今天 14:00–16:00". */
export const whenText = (startsAt: string, endsAt: string) =>
  st("study.when", { day: dayWord(localDate(startsAt)), start: clockTime(startsAt), end: clockTime(endsAt) });

/** "2 小时" for whole hours, "30 分钟" otherwise. */
export const lengthText = (minutes: number) =>
  minutes % 60 === 0 ? st("study.hours", { hours: minutes / 60 }) : st("study.minutes", { minutes });

const hoursOf = (minutes: unknown) => (typeof minutes === "number" ? String(Math.round((minutes / 60) * 10) / 10) : "");

/**
 * Study-room refusals in the study room's words, with the envelope's details (and the room's
 * rules for codes that carry none) as dates, times and hours a person can act on.
 */
export const studyErrorWording: ErrorWording = {
  area: "study",
  values: (err) => {
    const d = err.details ?? {};
    const policy = studyDay.peek()?.policy;
    return {
      until: typeof d.until === "string" ? dateTimeWords(d.until) : "",
      opensAt: typeof d.opensAt === "string" ? clockTime(d.opensAt) : "",
      limit: typeof d.limit === "number" ? d.limit : (policy?.activeBookings ?? ""),
      limitHours: hoursOf(d.limitMinutes ?? policy?.minutesPerDay),
      usedHours: hoursOf(d.usedMinutes),
      days: policy?.daysAhead ?? "",
    };
  },
};
