import { sql } from "drizzle-orm";
import type { Deps } from "../../shared/context";
import { openingOn } from "../../booking/schedule-rules";
import { addDays, zonedInstant } from "../../shared/time";
import { loadStudyRoom } from "../load-study-room";
import { minutesByHour, utilisationCells } from "../utilisation-grid";

/**
 * How full the room really was, by weekday and hour, between two local dates (inclusive): time
 * people sat (from check-in or the start, to leaving or the end) over the hours the in-service
 * seats were open. Booked-but-missed time is counted apart, as no-show minutes.
 */
export async function studyUtilisation(
  { db, clock }: Pick<Deps, "db" | "clock">,
  { communityId, from, to }: { communityId: string; from: string; to: string },
) {
  const room = await loadStudyRoom({ db, clock }, { communityId });
  const { timeZone } = room;
  const now = clock.now().getTime();
  const [fromMs, toMs] = [
    zonedInstant(from, "00:00", timeZone).getTime(),
    zonedInstant(addDays(to, 1), "00:00", timeZone).getTime(),
  ];
  const rows = await db.all<{ s: number; e: number; used: number }>(sql`
    SELECT max(starts_at, coalesce(checked_in_at, starts_at), ${fromMs}) AS s,
           -- A no-show's whole booking was lost to others; anyone else's time ends when they left (or now, while they sit).
           CASE WHEN status = 'no_show' THEN min(ends_at, ${toMs}) ELSE min(coalesce(closed_at, ends_at), ends_at, ${toMs}, ${now}) END AS e,
           status <> 'no_show' AS used
    FROM bookings
    WHERE facility_id = ${room.facility.id} AND starts_at < ${toMs} AND ends_at > ${fromMs}
      AND status IN ('checked_in', 'completed', 'released', 'no_show')`);
  const toRange = (r: { s: number; e: number }) => ({ startsAt: new Date(r.s), endsAt: new Date(r.e) });
  const sat = rows.filter((r) => r.used && r.e > r.s).map(toRange);
  const missed = rows.filter((r) => !r.used && r.e > r.s).map(toRange);
  const days = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  const openings = days.flatMap((d) => openingOn(d, room.hours, timeZone) ?? []);
  const seats = room.seats.filter((s) => s.inService).length;
  const open = minutesByHour(openings, timeZone, seats);
  const used = minutesByHour(sat, timeZone);
  return {
    from,
    to,
    seats,
    cells: utilisationCells(used, open),
    usedMinutes: Math.round(used.flat().reduce((a, b) => a + b, 0)),
    noShowMinutes: Math.round(
      minutesByHour(missed, timeZone)
        .flat()
        .reduce((a, b) => a + b, 0),
    ),
  };
}
