import { asc, eq } from "drizzle-orm";
import { residentGroupDefs, residentGroups } from "../../db/schema";
import { auditInsert } from "../staff/audit";
import type { Deps, StaffPrincipal } from "../shared/context";
import { isUniqueViolation } from "../shared/db-errors";
import { DomainError } from "../shared/errors";
import { newId } from "../shared/crypto";

/** The built-in groups' names as the street office writes them (its forms are in Chinese). */
export const BUILT_IN_GROUP_NAMES: Record<(typeof residentGroups)[number], string> = {
  low_income: "低保",
  extreme_hardship: "特困",
  disabled: "残疾",
  veteran_family: "优抚",
};

export type GroupEntry = { code: string; name: string; builtIn: boolean };

/** Every group a resident may be in and a subsidy rule may name: the built-in four, then the community's own. */
export async function listResidentGroups({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
  const own = await db
    .select()
    .from(residentGroupDefs)
    .where(eq(residentGroupDefs.communityId, communityId))
    .orderBy(asc(residentGroupDefs.createdAt), asc(residentGroupDefs.code));
  return [
    ...residentGroups.map((code) => ({ code, name: BUILT_IN_GROUP_NAMES[code], builtIn: true })),
    ...own.map((g) => ({ code: g.code, name: g.name, builtIn: false })),
  ] satisfies GroupEntry[];
}

/** Refuses a group code the community does not know (a rule or a resident naming a typo). */
export async function assertGroupsKnown(deps: Pick<Deps, "db">, input: { communityId: string; codes: string[] }) {
  if (input.codes.length === 0) return;
  const known = new Set((await listResidentGroups(deps, input)).map((g) => g.code));
  const unknown = input.codes.find((c) => !known.has(c));
  if (unknown) throw new DomainError("unprocessable", "UNKNOWN_GROUP", `No group "${unknown}" in this community`);
}

/** A group staff define (e.g. 独居老人): a generated code, the name they gave, audited. */
export async function addResidentGroup(
  deps: Deps,
  { actor, communityId, name }: { actor: StaffPrincipal; communityId: string; name: string },
) {
  const existing = await listResidentGroups(deps, { communityId });
  if (existing.some((g) => g.name === name))
    throw new DomainError("conflict", "NAME_TAKEN", "A group with this name already exists");
  const code = `g_${newId().replaceAll("-", "").slice(0, 8)}`;
  try {
    await deps.db.batch([
      deps.db.insert(residentGroupDefs).values({ communityId, code, name, createdAt: deps.clock.now() }),
      auditInsert(deps, {
        actor,
        communityId,
        action: "resident_group.create",
        entity: "resident_group",
        entityId: code,
        after: { name },
      }),
    ]);
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError("conflict", "NAME_TAKEN", "Try again");
    throw err;
  }
  return { code, name, builtIn: false };
}
