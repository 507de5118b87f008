import { and, eq, gte, isNotNull, sql } from "drizzle-orm";
import { capacityChanges, capacityTemplates, type FacilityKind, resources } from "../../db/schema";
import type { Deps } from "../shared/context";
import { isoWeekday } from "../shared/time";
import type { WeekdayHours } from "./schedule-rules";
import { newId } from "../shared/crypto";

/** Facilities whose whole is planned in the capacity model: the station's door capacity, the study room's hours. */
export const PLANNED_WHOLE: readonly FacilityKind[] = ["station", "study_room"];

/**
 * The resource that stands for a facility as a whole in the capacity model (kind "facility"): its
 * own capacity is the facility's, and its weekly templates and one-off changes plan it like any
 * place. Never booked. Made with the facility (create-community, the seed; migrated for the rest).
 */
export const wholeFacilityRow = (
  f: { id: string; communityId: string; kind: FacilityKind; name: string; capacity: number },
  now: Date,
): typeof resources.$inferInsert => ({
  id: newId(),
  communityId: f.communityId,
  facilityId: f.id,
  kind: "facility",
  label: f.name,
  capacity: f.capacity,
  attributes: {},
  createdAt: now,
});

/** The whole-facility resource's id, as an SQL expression (null when the facility has none). */
export const wholeFacilityId = (facilityId: string) =>
  sql`(SELECT id FROM resources WHERE facility_id = ${facilityId} AND kind = 'facility')`;

/**
 * A facility's opening hours from the capacity model: its whole's weekly template rows that carry
 * hours (a weekday without them is closed), and the one-off dates from `from` on that carry their own.
 */
export async function plannedHours(
  { db }: Pick<Deps, "db">,
  { facilityId, from }: { facilityId: string; from: string },
): Promise<WeekdayHours[]> {
  const whole = and(eq(resources.facilityId, facilityId), eq(resources.kind, "facility"));
  const [week, dates] = await db.batch([
    db
      .select({ weekday: capacityTemplates.weekday, opens: capacityTemplates.opens, closes: capacityTemplates.closes })
      .from(capacityTemplates)
      .innerJoin(resources, eq(resources.id, capacityTemplates.resourceId))
      .where(and(whole, isNotNull(capacityTemplates.opens), isNotNull(capacityTemplates.closes))),
    db
      .select({ date: capacityChanges.date, opens: capacityChanges.opens, closes: capacityChanges.closes })
      .from(capacityChanges)
      .innerJoin(resources, eq(resources.id, capacityChanges.resourceId))
      .where(
        and(
          whole,
          gte(capacityChanges.date, from),
          isNotNull(capacityChanges.opens),
          isNotNull(capacityChanges.closes),
        ),
      ),
  ]);
  return [
    ...week.map((w) => ({ weekday: w.weekday, opens: w.opens!, closes: w.closes! })),
    ...dates.map((d) => ({ weekday: isoWeekday(d.date), date: d.date, opens: d.opens!, closes: d.closes! })),
  ];
}

/** The whole-facility place of a facility. */
export async function wholeFacility({ db }: Pick<Deps, "db">, { facilityId }: { facilityId: string }) {
  const [row] = await db
    .select()
    .from(resources)
    .where(and(eq(resources.facilityId, facilityId), eq(resources.kind, "facility")));
  return row ?? null;
}

/** Template rows giving a whole facility these weekly hours at its own capacity (the seed, the tests' rooms). */
export const hoursTemplateRows = (
  whole: { id: string; communityId: string; facilityId: string; capacity: number },
  hours: readonly WeekdayHours[],
  now: Date,
): (typeof capacityTemplates.$inferInsert)[] =>
  hours.map((h) => ({
    resourceId: whole.id,
    communityId: whole.communityId,
    facilityId: whole.facilityId,
    weekday: h.weekday,
    capacity: whole.capacity,
    opens: h.opens,
    closes: h.closes,
    updatedAt: now,
  }));
