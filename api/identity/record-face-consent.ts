import { assertMayForPeople } from "../staff/guard";
import { faceConsents } from "../../db/schema";
import { findPerson, type PersonRef } from "../people/find-person";
import { auditInsert } from "../staff/audit";
import type { Deps, StaffPrincipal } from "../shared/context";
import { isUniqueViolation } from "../shared/db-errors";
import { DomainError, notFound } from "../shared/errors";
import { mayEnrolFace } from "./rules";
import { findCommunity } from "../community/find-community";
import { ageOn, localDate } from "../shared/time";
import { newId } from "../shared/crypto";

export type ConsentInput = PersonRef & { consentTextVersion: string; consentedBy: string };

/** Separate, explicit consent comes before any enrolment and is recorded with its text version. */
export async function recordFaceConsent(
  deps: Deps,
  { actor, communityId, ...input }: { actor: StaffPrincipal; communityId: string } & ConsentInput,
) {
  assertMayForPeople(actor, [input.kind], "face");
  const person = await findPerson(deps, { communityId, ref: input });
  if (!person) throw notFound("Person");
  const community = await findCommunity(deps, { id: communityId });
  const age =
    person.birthDate && community ? ageOn(person.birthDate, localDate(deps.clock.now(), community.timeZone)) : null;
  if (!mayEnrolFace(person.kind, age))
    throw new DomainError(
      "unprocessable",
      "CHILD_FACE_NOT_ALLOWED",
      "Children are never enrolled for face identification",
    );
  const row = {
    id: newId(),
    communityId,
    holderKind: input.kind,
    holderId: input.id,
    consentTextVersion: input.consentTextVersion,
    consentedBy: input.consentedBy,
    recordedBy: actor.id,
    consentedAt: deps.clock.now(),
  };
  try {
    await deps.db.batch([
      deps.db.insert(faceConsents).values(row),
      auditInsert(deps, {
        actor,
        communityId,
        action: "face.consent",
        entity: input.kind,
        entityId: input.id,
        after: { consentTextVersion: row.consentTextVersion, consentedBy: row.consentedBy },
      }),
    ]);
  } catch (err) {
    if (isUniqueViolation(err))
      throw new DomainError("conflict", "CONSENT_EXISTS", "This person's consent is already recorded");
    throw err;
  }
  return { id: row.id, consentedAt: row.consentedAt.toISOString(), consentTextVersion: row.consentTextVersion };
}
