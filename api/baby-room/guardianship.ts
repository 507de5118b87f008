import type { Deps } from "../shared/context";
import { findInCommunity } from "../shared/find-in-community";
import { and, eq } from "drizzle-orm";
import { childGuardians, children } from "../../db/schema";
import { DomainError } from "../shared/errors";

/** The residents authorised for a child: the one list check-out is judged against. */
export async function guardianIdsOf({ db }: Pick<Deps, "db">, { childId }: { childId: string }) {
  const rows = await db
    .select({ id: childGuardians.residentId })
    .from(childGuardians)
    .where(eq(childGuardians.childId, childId));
  return rows.map((r) => r.id);
}

/** A child of this community for whom this resident is a guardian, or a refusal. */
export async function childInCare(
  { db }: Pick<Deps, "db">,
  { communityId, childId, residentId }: { communityId: string; childId: string; residentId: string },
) {
  const child = await findInCommunity({ db }, children, { id: childId, communityId }, "Child");
  const guardians = await guardianIdsOf({ db }, { childId });
  if (!guardians.includes(residentId))
    throw new DomainError("forbidden", "NOT_A_GUARDIAN", "Only a guardian of this child may do this");
  return { child, guardians };
}

/** The children a resident is guardian of, by name. */
export async function childrenOf(
  { db }: Pick<Deps, "db">,
  { communityId, residentId }: { communityId: string; residentId: string },
) {
  return db
    .select({ id: children.id, name: children.name, birthDate: children.birthDate, relation: childGuardians.relation })
    .from(childGuardians)
    .innerJoin(children, eq(children.id, childGuardians.childId))
    .where(and(eq(childGuardians.residentId, residentId), eq(children.communityId, communityId)))
    .orderBy(children.name);
}
