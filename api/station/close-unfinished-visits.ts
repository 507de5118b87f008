import { sql } from "drizzle-orm";
import type { Deps } from "../shared/context";
import { nightlyCutoff } from "./rules";

/**
 * The nightly close: visits of riders who left without scanning out are closed at the station's
 * close time and marked "nightly" so staff can see them. Run by the booking duties every minute;
 * only visits begun before the latest cut-off are touched, so a second run changes nothing.
 */
export async function closeUnfinishedVisits({ db, clock }: Pick<Deps, "db" | "clock">) {
  const now = clock.now();
  const stations = await db.all<{ facility_id: string; time_zone: string; close_at: string | null }>(sql`
    SELECT f.id AS facility_id, c.time_zone, s.nightly_close_at AS close_at FROM facilities f
    JOIN communities c ON c.id = f.community_id
    LEFT JOIN station_settings s ON s.facility_id = f.id
    WHERE f.kind = 'station' AND EXISTS (SELECT 1 FROM station_visits v WHERE v.facility_id = f.id AND v.exited_at IS NULL)`);
  let closed = 0;
  for (const s of stations) {
    const cutoff = nightlyCutoff(now, s.time_zone, s.close_at ?? "04:00").getTime();
    const rows = await db.all<{ id: string }>(sql`
      UPDATE station_visits SET exited_at = ${cutoff}, closed_by = 'nightly'
      WHERE facility_id = ${s.facility_id} AND exited_at IS NULL AND entered_at < ${cutoff}
      RETURNING id`);
    closed += rows.length;
  }
  return closed;
}
