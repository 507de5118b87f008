import { TZDate } from "@date-fns/tz";
import type { TimeRange } from "../booking/rules";

const HOUR = 3_600_000;
/** 7 weekdays (ISO, 1 = Monday at index 0) × 24 local hours of minutes. */
type Grid = number[][];
const emptyGrid = (): Grid => Array.from({ length: 7 }, () => new Array<number>(24).fill(0));

/**
 * Adds each range's minutes to the local weekday and hour they fall in. The zone's offset is
 * looked up once per UTC hour a range starts in (a year has 8,760, a year of bookings ~70,000)
 * and taken as fixed within a range, which ranges of a day allow.
 */
export function minutesByHour(ranges: Iterable<TimeRange>, timeZone: string, weight = 1): Grid {
  const grid = emptyGrid();
  const offsets = new Map<number, number>();
  const offsetAt = (t: number) => {
    const hour = Math.floor(t / HOUR);
    let offset = offsets.get(hour);
    if (offset === undefined)
      offsets.set(hour, (offset = -new TZDate(hour * HOUR, timeZone).getTimezoneOffset() * 60_000));
    return offset;
  };
  for (const { startsAt, endsAt } of ranges) {
    const offset = offsetAt(startsAt.getTime());
    let cursor = startsAt.getTime() + offset;
    const end = endsAt.getTime() + offset;
    while (cursor < end) {
      const next = Math.min(end, Math.floor(cursor / HOUR) * HOUR + HOUR);
      const d = new Date(cursor);
      grid[(d.getUTCDay() + 6) % 7]![d.getUTCHours()]! += ((next - cursor) / 60_000) * weight;
      cursor = next;
    }
  }
  return grid;
}

/** Used seat-minutes over open seat-minutes per weekday and hour; null where the room was never open. */
export function utilisationCells(used: Grid, open: Grid) {
  return used.flatMap((hours, w) =>
    hours.map((minutes, hour) => ({
      weekday: w + 1,
      hour,
      ratio: open[w]![hour]! > 0 ? Math.min(1, minutes / open[w]![hour]!) : null,
    })),
  );
}
