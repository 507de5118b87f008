import type { ErrorWording } from "@ui/error-text";
import { babyOverview } from "../models/baby-room";
import { addDays, clockTime, dateWords, localDate } from "../study/time";
import { bt } from "./i18n";

/** Refusals in the baby room's own words first. */
export const babyErrorWording: ErrorWording = { area: "baby" };

export function dayWord(date: string) {
  const today = babyOverview.peek()?.today;
  if (date === today) return bt("baby.today");
  if (today && date === addDays(today, 1)) return bt("baby.tomorrow");
  return dateWords(date);
}

/** "今天 09:00–12:00". */
export const whenText = (startsAt: string, endsAt: string) =>
  bt("baby.when", { day: dayWord(localDate(startsAt)), start: clockTime(startsAt), end: clockTime(endsAt) });

export const ageText = (months: number) => bt("baby.age", { years: Math.floor(months / 12), months: months % 12 });
