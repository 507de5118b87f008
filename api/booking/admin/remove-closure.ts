import { and, eq } from "drizzle-orm";
import { facilityClosures } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { notFound } from "../../shared/errors";
import { closureView } from "./list-closures";
import { loadManagedFacility } from "./load-facility";

/** Open again: bookings the closure cancelled stay cancelled (their holders were told and refunded). */
export async function removeFacilityClosure(
  deps: Deps,
  { actor, communityId, closureId }: { actor: StaffPrincipal; communityId: string; closureId: string },
) {
  const { db } = deps;
  const where = and(eq(facilityClosures.id, closureId), eq(facilityClosures.communityId, communityId));
  const [row] = await db.select().from(facilityClosures).where(where);
  if (!row) throw notFound("Closure");
  const facility = await loadManagedFacility({ db }, { actor, communityId, facilityId: row.facilityId });
  const before = closureView(row, facility);
  await db.batch([
    db.delete(facilityClosures).where(where),
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
