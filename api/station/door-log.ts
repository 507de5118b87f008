import { sql } from "drizzle-orm";
import { doorEvents, type doorMethods, type doorOutcomes } from "../../db/schema";
import { capacityOn } from "../booking/book";
import { wholeFacilityId } from "../booking/whole-facility";
import type { Deps } from "../shared/context";
import { localDate } from "../shared/time";
import { WAITING_WINDOW_MS } from "./rules";
import { newId } from "../shared/crypto";

export type DoorEvent = {
  communityId: string;
  doorId: string;
  kioskId?: string | null;
  courierId?: string | null;
  staffId?: string | null;
  direction?: "in" | "out" | null;
  method: (typeof doorMethods)[number];
  distance?: number | null;
  outcome: (typeof doorOutcomes)[number];
  reason?: string | null;
  commandId?: string | null;
};

/** Every try at a door is written down: who, how, and what came of it. */
export const logDoorEvent = ({ db, clock }: Pick<Deps, "db" | "clock">, e: DoorEvent) =>
  db.insert(doorEvents).values({ id: newId(), ...e, at: clock.now() });

/** A zone of the station: "station" itself, or a rest area's resource id; the zone's time zone picks the day. */
export type Zone = { facilityId: string; zone: string; timeZone: string };

/** How many in a zone now, and its capacity in force today, read together. */
export async function zoneOccupancy({ db, clock }: Pick<Deps, "db" | "clock">, z: Zone) {
  const [row] = await db.all<{ inside: number; capacity: number }>(sql`
    SELECT (SELECT count(*) FROM station_visits WHERE facility_id = ${z.facilityId} AND zone = ${z.zone} AND exited_at IS NULL) AS inside,
      ${capacityOf(z, clock.now())} AS capacity`);
  return { inside: Number(row?.inside ?? 0), capacity: Number(row?.capacity ?? 0) };
}

/**
 * The zone's capacity in force at an instant, as an SQL expression: the capacity model's (capacityOn:
 * that local date's one-off change, its weekday's template, the place's own) for the station's
 * whole-facility resource or the rest area's. A station made without that resource (before the
 * model held it) falls back to the facility's own figure.
 */
export const capacityOf = ({ facilityId, zone, timeZone }: Zone, at: Date) => {
  const date = localDate(at, timeZone);
  if (zone !== "station")
    return capacityOn(
      date,
      sql`${zone}`,
      sql`(SELECT capacity FROM resources WHERE id = ${zone} AND facility_id = ${facilityId})`,
    );
  const whole = wholeFacilityId(facilityId);
  return capacityOn(
    date,
    whole,
    sql`coalesce((SELECT capacity FROM resources WHERE id = ${whole}), (SELECT capacity FROM facilities WHERE id = ${facilityId}))`,
  );
};

/** Riders turned away as full at this zone's doors lately who have not got in since. */
export async function waitingCount(
  deps: Pick<Deps, "db" | "clock">,
  { facilityId, zone }: { facilityId: string; zone: string },
) {
  const since = deps.clock.now().getTime() - WAITING_WINDOW_MS;
  const [row] = await deps.db.all<{ n: number }>(sql`
    SELECT count(DISTINCT e.courier_id) AS n FROM door_events e
    JOIN station_doors d ON d.id = e.door_id
    WHERE d.facility_id = ${facilityId} AND coalesce(d.area_id, 'station') = ${zone}
      AND e.outcome = 'full' AND e.at >= ${since}
      AND NOT EXISTS (SELECT 1 FROM station_visits v WHERE v.courier_id = e.courier_id AND v.zone = ${zone} AND v.entered_at >= e.at)`);
  return Number(row?.n ?? 0);
}
