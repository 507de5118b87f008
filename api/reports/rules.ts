import { ageBrackets, type AgeBracket } from "../canteen/rules";

/** Every local date of a month ("2026-11" → "2026-11-01" … "2026-11-30"). */
export function daysOfMonth(month: string): string[] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`);
}

/** The month before ("2026-01" → "2025-12"), for the budget history. */
export function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** Meals per day as one row of counts per age bracket, from (date, bracket, meals) rows. */
export function mealsByBracket(days: string[], rows: { date: string; bracket: string; meals: number }[]) {
  const series = ageBrackets.map(() => days.map(() => 0));
  for (const r of rows) {
    const b = ageBrackets.indexOf(r.bracket as AgeBracket);
    const d = days.indexOf(r.date);
    if (b >= 0 && d >= 0) series[b]![d]! += r.meals;
  }
  return { brackets: [...ageBrackets], series };
}

/** Used over open seat-minutes, one figure a day; null on a day the room was not open. */
export const dayRatio = (usedMinutes: number, openMinutes: number) =>
  openMinutes > 0 ? Math.min(1, usedMinutes / openMinutes) : null;

/** Milliseconds two ranges share. */
export const overlapMs = (a: { s: number; e: number }, b: { s: number; e: number }) =>
  Math.max(0, Math.min(a.e, b.e) - Math.max(a.s, b.s));
