import { and, eq } from "drizzle-orm";
import { residents } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { notFound } from "../../shared/errors";

/** Signs a resident up for delivery to the door (送餐上门), or takes them off it. */
export async function setDeliveryEligible(
  deps: Deps,
  {
    actor,
    communityId,
    residentId,
    deliveryEligible,
  }: { actor: StaffPrincipal; communityId: string; residentId: string; deliveryEligible: boolean },
) {
  const { db } = deps;
  const where = and(eq(residents.id, residentId), eq(residents.communityId, communityId));
  const [resident] = await db
    .select({ id: residents.id, before: residents.deliveryEligible })
    .from(residents)
    .where(where)
    .limit(1);
  if (!resident) throw notFound("Resident");
  await db.batch([
    db.update(residents).set({ deliveryEligible }).where(where),
    auditInsert(deps, {
      actor,
      communityId,
      action: "resident.delivery",
      entity: "resident",
      entityId: residentId,
      before: { deliveryEligible: resident.before },
      after: { deliveryEligible },
    }),
  ]);
  return { id: residentId, deliveryEligible };
}
