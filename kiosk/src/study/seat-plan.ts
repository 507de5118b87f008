import type { Seat, StudyDay } from "../models/study-day";

/** A time range as instants in milliseconds. */
export type Range = { startsAt: number; endsAt: number };
export type SeatState = "free" | "taken" | "mine" | "out";

const MINUTE = 60_000;
// Lengths a person picks from; each is kept only when it fits the day's rules.
const LENGTHS = [60, 120, 180, 240];

const overlaps = (a: Range, b: { startsAt: string; endsAt: string }) =>
  Date.parse(b.startsAt) < a.endsAt && Date.parse(b.endsAt) > a.startsAt;
const inClosure = (day: StudyDay, range: Range) => day.closures.some((c) => overlaps(range, c));

/** What a seat is for a range: out of service, the person's own, someone else's, or free. */
export function seatState(seat: Seat, range: Range): SeatState {
  if (!seat.inService) return "out";
  const taken = seat.taken.filter((t) => overlaps(range, t));
  if (taken.some((t) => t.mine)) return "mine";
  return taken.length ? "taken" : "free";
}

/** Every seat in service is taken by others: the time to offer the waitlist. */
export const noSeatFree = (day: StudyDay, range: Range) => {
  const states = day.seats.map((s) => seatState(s, range));
  return !states.includes("free") && !states.includes("mine") && states.includes("taken");
};

/**
 * Start times on the room's steps inside the day's opening, skipping closures. The step under
 * way counts (at 10:10 a booking may still start at 10:00, as the API allows); earlier ones do not.
 */
export function startTimes(day: StudyDay, now: number): number[] {
  if (!day.opening) return [];
  const step = day.stepMinutes * MINUTE;
  const opens = Date.parse(day.opening.startsAt);
  const closes = Date.parse(day.opening.endsAt);
  const starts: number[] = [];
  for (let at = opens; at + step <= closes; at += step) {
    if (at + step > now && !inClosure(day, { startsAt: at, endsAt: at + step })) starts.push(at);
  }
  return starts;
}

/**
 * How long a booking from `start` may be: whole hours up to the day's allowance that end by
 * closing time and before any closure; near closing, whatever steps are left.
 */
export function lengthsFrom(day: StudyDay, start: number): number[] {
  if (!day.opening) return [];
  const closes = Date.parse(day.opening.endsAt);
  const fits = (minutes: number) => {
    const range = { startsAt: start, endsAt: start + minutes * MINUTE };
    return (
      minutes % day.stepMinutes === 0 &&
      minutes <= day.policy.minutesPerDay &&
      range.endsAt <= closes &&
      !inClosure(day, range)
    );
  };
  const lengths = LENGTHS.filter(fits);
  if (lengths.length) return lengths;
  // Close to closing time or a closure: the longest run of steps that still fits.
  for (let minutes = LENGTHS[0]! - day.stepMinutes; minutes > 0; minutes -= day.stepMinutes)
    if (fits(minutes)) return [minutes];
  return [];
}

/** The rows and columns the seats take, so the map can be drawn as the room is laid out. */
export const mapSize = (seats: readonly Seat[]) => ({
  rows: Math.max(0, ...seats.map((s) => s.row)) + 1,
  cols: Math.max(0, ...seats.map((s) => s.col)) + 1,
});
