import { eq } from "drizzle-orm";
import { facilityClosures } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { findInCommunity } from "../../shared/find-in-community";
import { closureView } from "./list-closures";
import { loadManagedFacility } from "./load-facility";

/** Open again: bookings the closure cancelled stay cancelled (their holders were told and refunded). */
export async function removeFacilityClosure(
  deps: Deps,
  { actor, communityId, closureId }: { actor: StaffPrincipal; communityId: string; closureId: string },
) {
  const { db } = deps;
  const row = await findInCommunity(deps, facilityClosures, { id: closureId, communityId }, "Closure");
  const facility = await loadManagedFacility({ db }, { actor, communityId, facilityId: row.facilityId });
  const before = closureView(row, facility);
  await db.batch([
    db.delete(facilityClosures).where(eq(facilityClosures.id, closureId)),
    auditInsert(deps, {
      actor,
      communityId,
      action: `${facility.kind}.remove_closure`,
      entity: "closure",
      entityId: closureId,
      before: { facility: facility.name, from: before.from, to: before.to, reason: row.reason },
    }),
  ]);
  return { id: closureId, removed: true as const };
}
