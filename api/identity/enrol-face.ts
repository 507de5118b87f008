import { assertMayForPeople } from "../staff/guard";
import { eq } from "drizzle-orm";
import { faceConsents, faceTemplates } from "../../db/schema";
import type { PersonRef } from "../people/find-person";
import { auditInsert } from "../staff/audit";
import type { Deps, StaffPrincipal } from "../shared/context";
import { encryptBytes } from "../shared/data-key";
import { DomainError } from "../shared/errors";
import { findActiveConsent } from "./find-active-consent";
import { newId } from "../shared/crypto";

/**
 * Stores a descriptor computed in the browser (never an image), encrypted, in a table that
 * names no one; the consent row links it to the person. Re-enrolling replaces the old template.
 */
export async function enrolFace(
  deps: Deps,
  {
    actor,
    communityId,
    who,
    descriptor,
  }: { actor: StaffPrincipal; communityId: string; who: PersonRef; descriptor: number[] },
) {
  const { db, clock, config } = deps;
  assertMayForPeople(actor, [who.kind], "face");
  const consent = await findActiveConsent({ db }, { communityId, who });
  if (!consent)
    throw new DomainError(
      "unprocessable",
      "CONSENT_REQUIRED",
      "Record this person's consent before enrolling their face",
    );
  const templateId = newId();
  const ciphertext = await encryptBytes(config, new Uint8Array(Float32Array.from(descriptor).buffer));
  await db.batch([
    db.insert(faceTemplates).values({ id: templateId, communityId, ciphertext, createdAt: clock.now() }),
    db.update(faceConsents).set({ templateId }).where(eq(faceConsents.id, consent.id)),
    ...(consent.templateId ? [db.delete(faceTemplates).where(eq(faceTemplates.id, consent.templateId))] : []),
    auditInsert(deps, {
      actor,
      communityId,
      action: "face.enrol",
      entity: who.kind,
      entityId: who.id,
      after: { replaced: consent.templateId !== null },
    }),
  ]);
  return { enrolled: true as const };
}
