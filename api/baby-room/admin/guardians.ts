import { and, eq } from "drizzle-orm";
import { childGuardians, children, residents } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { findInCommunity } from "../../shared/find-in-community";
import { isUniqueViolation } from "../../shared/db-errors";
import { DomainError, notFound } from "../../shared/errors";

const childOf = (deps: Deps, communityId: string, childId: string) =>
  findInCommunity(deps, children, { id: childId, communityId }, "Child");

/** Staff authorise a resident to act for a child (book, check in, take home), with a reason, audited. */
export async function addGuardian(
  deps: Deps,
  {
    actor,
    communityId,
    childId,
    ...input
  }: { actor: StaffPrincipal; communityId: string; childId: string } & {
    residentId: string;
    relation: string;
    reason: string;
  },
) {
  await childOf(deps, communityId, childId);
  const [resident] = await deps.db
    .select({ id: residents.id })
    .from(residents)
    .where(and(eq(residents.id, input.residentId), eq(residents.communityId, communityId)));
  if (!resident)
    throw new DomainError("unprocessable", "GUARDIAN_UNKNOWN", "A guardian must be a resident of this community");
  try {
    await deps.db.batch([
      deps.db.insert(childGuardians).values({ childId, residentId: input.residentId, relation: input.relation }),
      auditInsert(deps, {
        actor,
        communityId,
        action: "child.add_guardian",
        entity: "child",
        entityId: childId,
        after: { residentId: input.residentId, relation: input.relation, reason: input.reason },
      }),
    ]);
  } catch (err) {
    if (isUniqueViolation(err))
      throw new DomainError("conflict", "GUARDIAN_EXISTS", "This resident is already a guardian of this child");
    throw err;
  }
  return { childId, residentId: input.residentId, relation: input.relation };
}

/** Staff withdraw a guardian's authority, with a reason, audited; a child keeps at least one guardian. */
export async function removeGuardian(
  deps: Deps,
  {
    actor,
    communityId,
    childId,
    ...input
  }: { actor: StaffPrincipal; communityId: string; childId: string } & { residentId: string; reason: string },
) {
  await childOf(deps, communityId, childId);
  const guardians = await deps.db.select().from(childGuardians).where(eq(childGuardians.childId, childId));
  const before = guardians.find((g) => g.residentId === input.residentId);
  if (!before) throw notFound("Guardian");
  if (guardians.length === 1)
    throw new DomainError("conflict", "LAST_GUARDIAN", "A child must keep at least one guardian");
  await deps.db.batch([
    deps.db
      .delete(childGuardians)
      .where(and(eq(childGuardians.childId, childId), eq(childGuardians.residentId, input.residentId))),
    auditInsert(deps, {
      actor,
      communityId,
      action: "child.remove_guardian",
      entity: "child",
      entityId: childId,
      before,
      after: { reason: input.reason },
    }),
  ]);
  return { childId, residentId: input.residentId, removed: true as const };
}
