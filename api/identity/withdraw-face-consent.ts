import { assertMayForPeople } from "../staff/guard";
import { eq } from "drizzle-orm";
import { faceConsents, faceTemplates } from "../../db/schema";
import type { PersonRef } from "../people/find-person";
import { auditInsert } from "../staff/audit";
import type { Deps, StaffPrincipal } from "../shared/context";
import { notFound } from "../shared/errors";
import { findActiveConsent } from "./find-active-consent";

/** Withdrawal deletes the descriptor in the same batch that records it: face entry ends at once. */
export async function withdrawFaceConsent(
  deps: Deps,
  { actor, communityId, who }: { actor: StaffPrincipal; communityId: string; who: PersonRef },
) {
  const { db, clock } = deps;
  assertMayForPeople(actor, [who.kind], "face");
  const consent = await findActiveConsent({ db }, { communityId, who });
  if (!consent) throw notFound("Active face consent");
  await db.batch([
    db.update(faceConsents).set({ withdrawnAt: clock.now(), templateId: null }).where(eq(faceConsents.id, consent.id)),
    ...(consent.templateId ? [db.delete(faceTemplates).where(eq(faceTemplates.id, consent.templateId))] : []),
    auditInsert(deps, { actor, communityId, action: "face.withdraw", entity: who.kind, entityId: who.id }),
  ]);
  return { withdrawn: true as const };
}
