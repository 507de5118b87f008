import { and, eq } from "drizzle-orm";
import { communities, facilities } from "../../../db/schema";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { notFound } from "../../shared/errors";
import { assertMay } from "../../staff/guard";

/** One of the community's facilities with its zone, after checking the staff member may manage it. */
export async function loadManagedFacility(
  { db }: Pick<Deps, "db">,
  { actor, communityId, facilityId }: { actor: StaffPrincipal; communityId: string; facilityId: string },
) {
  const [row] = await db
    .select({ facility: facilities, timeZone: communities.timeZone })
    .from(facilities)
    .innerJoin(communities, eq(communities.id, facilities.communityId))
    .where(and(eq(facilities.id, facilityId), eq(facilities.communityId, communityId)));
  if (!row) throw notFound("Facility");
  assertMay(actor, { facility: row.facility.kind, action: "operate" });
  return { ...row.facility, timeZone: row.timeZone };
}

export type ManagedFacility = Awaited<ReturnType<typeof loadManagedFacility>>;
