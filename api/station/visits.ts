import { and, eq, isNull, sql } from "drizzle-orm";
import { stationVisits, type VisitMethod } from "../../db/schema";
import type { Deps } from "../shared/context";
import { capacityOf, type Zone } from "./door-log";
import type { StationDoor } from "./load-station";
import { visitStep } from "./rules";
import { newId } from "../shared/crypto";

type Place = Zone & { courierId: string; method: VisitMethod };

/**
 * Take a place in one statement: the count of open visits is checked against capacity inside the
 * INSERT, so twenty riders racing for the last place leave exactly one inside. The unique index on
 * open visits makes a second entry scan find the first visit instead of taking a second place.
 * Every way in (a pass, a face, a staff open) goes through here, so occupancy is never read-then-written.
 */
export async function enterZone(deps: Pick<Deps, "db" | "clock">, { door, ...p }: Place & { door: StationDoor }) {
  const { db, clock } = deps;
  const id = newId();
  const now = clock.now().getTime();
  await db.run(sql`
    INSERT INTO station_visits (id, community_id, facility_id, zone, courier_id, door_id, entered_at, entry_method)
    SELECT ${id}, ${door.communityId}, ${p.facilityId}, ${p.zone}, ${p.courierId}, ${door.id}, ${now}, ${p.method}
    WHERE (SELECT count(*) FROM station_visits WHERE facility_id = ${p.facilityId} AND zone = ${p.zone} AND exited_at IS NULL)
      < ${capacityOf(p, clock.now())}
    ON CONFLICT DO NOTHING`);
  const [open] = await db
    .select({ id: stationVisits.id })
    .from(stationVisits)
    .where(
      and(eq(stationVisits.courierId, p.courierId), eq(stationVisits.zone, p.zone), isNull(stationVisits.exitedAt)),
    );
  if (!open) return { step: "full" as const, id: null };
  return { step: open.id === id ? ("enter" as const) : visitStep("in", true), id: open.id };
}

/** An exit closes the rider's open visit in the zone, if there is one (one guarded UPDATE). */
export async function leaveZone(deps: Pick<Deps, "db" | "clock">, p: Place) {
  const [closed] = await deps.db
    .update(stationVisits)
    .set({ exitedAt: deps.clock.now(), exitMethod: p.method, closedBy: "exit" })
    .where(
      and(
        eq(stationVisits.facilityId, p.facilityId),
        eq(stationVisits.courierId, p.courierId),
        eq(stationVisits.zone, p.zone),
        isNull(stationVisits.exitedAt),
      ),
    )
    .returning({ id: stationVisits.id });
  return { step: visitStep("out", closed !== undefined), id: closed?.id ?? null };
}

/** The door did not open: the rider is still outside, so the place just taken goes back, marked. */
export async function givePlaceBack(deps: Pick<Deps, "db" | "clock">, { visitId }: { visitId: string }) {
  await deps.db
    .update(stationVisits)
    .set({ exitedAt: deps.clock.now(), closedBy: "door_failed" })
    .where(and(eq(stationVisits.id, visitId), isNull(stationVisits.exitedAt)));
}
