import { and, asc, eq, gte, lt, sql } from "drizzle-orm";
import { babySessions, capacityChanges, capacityTemplates, resources } from "../../../db/schema";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { addDays, isoWeekday, zonedInstant } from "../../shared/time";
import { capacityOn } from "../book";
import { mostAtOnce } from "../capacity-rules";
import { heldOn } from "./capacity-bookings";
import { loadManagedFacility } from "./load-facility";

/**
 * A facility's places on one date as staff plan them: each place's own capacity, its weekly
 * template, the date's one-off change, the capacity in force (the engine's own expression) and the
 * most places booked at once. A baby-room session is a place of its own date only.
 */
export async function facilityCapacity(
  deps: Pick<Deps, "db" | "clock">,
  {
    actor,
    communityId,
    facilityId,
    date,
  }: { actor: StaffPrincipal; communityId: string; facilityId: string; date: string },
) {
  const { db } = deps;
  const facility = await loadManagedFacility({ db }, { actor, communityId, facilityId });
  const [dayStart, dayEnd] = [date, addDays(date, 1)].map((d) => zonedInstant(d, "00:00", facility.timeZone));
  const [places, templates, changes, sessions] = await Promise.all([
    db
      .select({
        resource: resources,
        inForce: sql<number>`${capacityOn(date, sql`${resources.id}`, sql`${resources.capacity}`)}`,
      })
      .from(resources)
      .where(eq(resources.facilityId, facility.id))
      .orderBy(asc(resources.label)),
    db.select().from(capacityTemplates).where(eq(capacityTemplates.facilityId, facility.id)),
    db
      .select()
      .from(capacityChanges)
      .where(and(eq(capacityChanges.facilityId, facility.id), eq(capacityChanges.date, date))),
    db
      .select()
      .from(babySessions)
      .where(
        and(
          eq(babySessions.facilityId, facility.id),
          gte(babySessions.startsAt, dayStart!),
          lt(babySessions.startsAt, dayEnd!),
        ),
      ),
  ]);
  const sessionIds = new Set(sessions.map((s) => s.resourceId));
  const shown = places.filter((p) => p.resource.kind !== "session" || sessionIds.has(p.resource.id));
  return {
    facility: { id: facility.id, kind: facility.kind, name: facility.name, timeZone: facility.timeZone },
    date,
    places: await Promise.all(
      shown.map(async ({ resource: r, inForce }) => {
        const change = changes.find((c) => c.resourceId === r.id);
        const week = templates
          .filter((t) => t.resourceId === r.id)
          .sort((a, b) => a.weekday - b.weekday)
          .map(({ weekday, capacity, orderCutoff, opens, closes }) => ({
            weekday,
            capacity,
            orderCutoff,
            opens,
            closes,
          }));
        const held = await heldOn({ db }, { resourceId: r.id, date, timeZone: facility.timeZone });
        const session = sessions.find((s) => s.resourceId === r.id);
        const ownCutoff = typeof r.attributes.orderCutoff === "string" ? r.attributes.orderCutoff : null;
        const weekday = week.find((w) => w.weekday === isoWeekday(date));
        return {
          id: r.id,
          kind: r.kind,
          label: r.label,
          inService: r.inService,
          startsAt: session?.startsAt.toISOString() ?? null,
          ownCapacity: r.capacity,
          capacity: Number(inForce),
          orderCutoff: r.kind === "sitting" ? (change?.orderCutoff ?? weekday?.orderCutoff ?? ownCutoff) : null,
          source: change ? ("date" as const) : weekday ? ("week" as const) : ("own" as const),
          week,
          change: change
            ? {
                capacity: change.capacity,
                orderCutoff: change.orderCutoff,
                opens: change.opens,
                closes: change.closes,
                reason: change.reason,
                choice: change.choice,
              }
            : null,
          booked: mostAtOnce(held),
          bookings: held.length,
        };
      }),
    ),
  };
}
