import { communities, facilities, type FacilityKind, resources } from "../../db/schema";
import { PLANNED_WHOLE, wholeFacilityRow } from "../booking/whole-facility";
import { auditInsert } from "../staff/audit";
import type { Deps, StaffPrincipal } from "../shared/context";
import { isUniqueViolation } from "../shared/db-errors";
import { DomainError } from "../shared/errors";
import { assertMay } from "../staff/guard";
import { facilityView } from "./list-facilities";
import { newId } from "../shared/crypto";

export type NewCommunity = {
  name: string;
  slug: string;
  timeZone: string;
  facilities: { kind: FacilityKind; name: string; location?: string; openingHours?: string | null; capacity: number }[];
};

/**
 * A district admin opens a community in their own district, with the facilities it has; the
 * community, its facilities and the audit line land together. Seats, sittings and rules are then
 * set up per facility in the admin, as for any community.
 */
export async function createCommunity(deps: Deps, { actor, ...input }: { actor: StaffPrincipal } & NewCommunity) {
  assertMay(actor, { community: "create_community" });
  const { db, clock } = deps;
  const now = clock.now();
  const id = newId();
  const rows = input.facilities.map((f) => ({
    id: newId(),
    communityId: id,
    kind: f.kind,
    name: f.name,
    location: f.location ?? "",
    openingHours: f.openingHours ?? null,
    capacity: f.capacity,
    createdAt: now,
  }));
  try {
    await db.batch([
      db.insert(communities).values({
        id,
        districtId: actor.districtId,
        slug: input.slug,
        name: input.name,
        timeZone: input.timeZone,
        createdAt: now,
      }),
      ...rows.map((row) => db.insert(facilities).values(row)),
      ...rows
        .filter((row) => PLANNED_WHOLE.includes(row.kind))
        .map((row) => db.insert(resources).values(wholeFacilityRow(row, now))),
      auditInsert(deps, {
        actor,
        communityId: id,
        action: "community.create",
        entity: "community",
        entityId: id,
        after: { name: input.name, slug: input.slug, facilities: rows.map((r) => r.kind) },
      }),
    ]);
  } catch (err) {
    if (isUniqueViolation(err))
      throw new DomainError("conflict", "SLUG_TAKEN", "A community with this short name exists");
    throw err;
  }
  return {
    id,
    name: input.name,
    timeZone: input.timeZone,
    facilities: rows.map(facilityView),
  };
}
