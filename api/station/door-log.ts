import { sql } from "drizzle-orm";
import { doorEvents, type doorMethods, type doorOutcomes } from "../../db/schema";
import type { Deps } from "../shared/context";
import { WAITING_WINDOW_MS } from "./rules";

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
  db.insert(doorEvents).values({ id: crypto.randomUUID(), ...e, at: clock.now() });

/** How many in a zone now, and its capacity, read together. */
export async function zoneOccupancy(
  { db }: Pick<Deps, "db">,
  { facilityId, zone }: { facilityId: string; zone: string },
) {
  const [row] = await db.all<{ inside: number; capacity: number }>(sql`
    SELECT (SELECT count(*) FROM station_visits WHERE facility_id = ${facilityId} AND zone = ${zone} AND exited_at IS NULL) AS inside,
      ${capacityOf(facilityId, zone)} AS capacity`);
  return { inside: Number(row?.inside ?? 0), capacity: Number(row?.capacity ?? 0) };
}

/** The zone's capacity as an SQL expression: the station's own, or its area's. */
export const capacityOf = (facilityId: string, zone: string) =>
  zone === "station"
    ? sql`(SELECT capacity FROM facilities WHERE id = ${facilityId})`
    : sql`(SELECT capacity FROM resources WHERE id = ${zone} AND facility_id = ${facilityId})`;

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
