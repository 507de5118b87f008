import { and, eq, isNull } from "drizzle-orm";
import { identifications, staffCalls } from "../../../db/schema";
import { findPerson, type PersonRef } from "../../people/find-person";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { DomainError, notFound } from "../../shared/errors";
import { newId } from "../../shared/crypto";

/**
 * Staff answer a call: either by saying who is at the kiosk (the kiosk then opens a session for
 * them) or by dismissing it. The conditional update makes a second answer a clear conflict.
 */
export async function answerStaffCall(
  deps: Deps,
  {
    actor,
    communityId,
    callId,
    who,
  }: { actor: StaffPrincipal; communityId: string; callId: string; who: PersonRef | null },
) {
  const { db, clock } = deps;
  const person = who ? await findPerson({ db }, { communityId, ref: who }) : null;
  if (who && !person) throw notFound("Person");
  const now = clock.now();
  const [call] = await db
    .update(staffCalls)
    .set({
      resolvedAt: now,
      resolvedBy: actor.id,
      identifiedKind: person?.kind ?? null,
      identifiedId: person?.id ?? null,
    })
    .where(and(eq(staffCalls.id, callId), eq(staffCalls.communityId, communityId), isNull(staffCalls.resolvedAt)))
    .returning();
  if (!call) throw new DomainError("conflict", "CALL_NOT_OPEN", "This call was already answered");
  await db.batch([
    auditInsert(deps, {
      actor,
      communityId,
      action: person ? "staff_call.identify" : "staff_call.dismiss",
      entity: "staff_call",
      entityId: callId,
      after: person ? { kind: person.kind, id: person.id } : null,
    }),
    ...(person
      ? [
          db.insert(identifications).values({
            id: newId(),
            communityId,
            kioskId: call.kioskId,
            method: "staff",
            outcome: "accepted",
            holderKind: person.kind,
            holderId: person.id,
            staffId: actor.id,
            at: now,
          }),
        ]
      : []),
  ]);
  return { callId, identified: person ? { kind: person.kind, id: person.id, name: person.name } : null };
}
