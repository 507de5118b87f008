import { eq } from "drizzle-orm";
import { residents } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { findInCommunity } from "../../shared/find-in-community";

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
  const resident = await findInCommunity(deps, residents, { id: residentId, communityId }, "Resident");
  await db.batch([
    db.update(residents).set({ deliveryEligible }).where(eq(residents.id, residentId)),
    auditInsert(deps, {
      actor,
      communityId,
      action: "resident.delivery",
      entity: "resident",
      entityId: residentId,
      before: { deliveryEligible: resident.deliveryEligible },
      after: { deliveryEligible },
    }),
  ]);
  return { id: residentId, deliveryEligible };
}
