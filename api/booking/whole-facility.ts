import { sql } from "drizzle-orm";
import type { FacilityKind, resources } from "../../db/schema";

/** Facilities whose whole is planned in the capacity model: the station's door capacity (and the study room's hours). */
export const PLANNED_WHOLE: readonly FacilityKind[] = ["station"];

/**
 * The resource that stands for a facility as a whole in the capacity model (kind "facility"): its
 * own capacity is the facility's, and its weekly templates and one-off changes plan it like any
 * place. Never booked. Made with the facility (create-community, the seed; migrated for the rest).
 */
export const wholeFacilityRow = (
  f: { id: string; communityId: string; kind: FacilityKind; name: string; capacity: number },
  now: Date,
): typeof resources.$inferInsert => ({
  id: crypto.randomUUID(),
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
