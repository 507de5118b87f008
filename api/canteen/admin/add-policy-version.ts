import { eq, sql } from "drizzle-orm";
import { funds, pricingPolicies } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { isUniqueViolation } from "../../shared/db-errors";
import { DomainError } from "../../shared/errors";
import { assertGroupsKnown } from "../../people/resident-groups";
import type { PolicyRules } from "../policy-schema";
import { communityToday, refusePast } from "./dates";
import { newId } from "../../shared/crypto";

/** Rules the schema cannot see: ids unique within the policy, funds that exist in this community. */
function checkRules(rules: PolicyRules, fundCodes: Set<string>) {
  const ids = rules.subsidies.map((r) => r.id);
  if (new Set(ids).size !== ids.length)
    throw new DomainError("unprocessable", "DUPLICATE_RULE", "Each subsidy rule needs its own id");
  const unknown = rules.subsidies.find((r) => !fundCodes.has(r.fundCode));
  if (unknown)
    throw new DomainError("unprocessable", "UNKNOWN_FUND", `No fund "${unknown.fundCode}" in this community`);
  const inverted = rules.subsidies.find((r) => r.ageMin !== undefined && r.ageMax !== undefined && r.ageMin > r.ageMax);
  if (inverted)
    throw new DomainError(
      "unprocessable",
      "AGE_RANGE_INVERTED",
      `Rule "${inverted.id}" has its ages the wrong way round`,
    );
}

/**
 * Editing a policy makes a new version (max + 1) from a date that is not in the past; versions
 * are never updated, so every past order keeps the version it was priced by. Two admins saving at
 * once both read the same max: the unique (community, version) index refuses one, which retries.
 */
export async function addPolicyVersion(
  deps: Deps,
  {
    actor,
    communityId,
    ...input
  }: { actor: StaffPrincipal; communityId: string } & { effectiveFrom: string; rules: PolicyRules },
) {
  const { db, clock } = deps;
  refusePast(input.effectiveFrom, await communityToday({ db, clock }, { communityId }));
  const fundRows = await db.select({ code: funds.code }).from(funds).where(eq(funds.communityId, communityId));
  checkRules(input.rules, new Set(fundRows.map((f) => f.code)));
  await assertGroupsKnown({ db }, { communityId, codes: input.rules.subsidies.flatMap((r) => r.groups ?? []) });
  for (let attempt = 0; ; attempt++) {
    const [row] = await db.all<{ v: number }>(
      sql`SELECT coalesce(max(version), 0) AS v FROM pricing_policies WHERE community_id = ${communityId}`,
    );
    const version = Number(row?.v ?? 0) + 1;
    const id = newId();
    try {
      await db.batch([
        db.insert(pricingPolicies).values({
          id,
          communityId,
          version,
          effectiveFrom: input.effectiveFrom,
          rules: input.rules,
          createdBy: actor.id,
          createdAt: clock.now(),
        }),
        auditInsert(deps, {
          actor,
          communityId,
          action: "pricing_policy.create",
          entity: "pricing_policy",
          entityId: id,
          after: { version, effectiveFrom: input.effectiveFrom },
        }),
      ]);
      return { id, version, effectiveFrom: input.effectiveFrom };
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 2) throw err;
    }
  }
}
