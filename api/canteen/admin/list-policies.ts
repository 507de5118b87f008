import { desc, eq } from "drizzle-orm";
import { funds, pricingPolicies, sittingNames, staff } from "../../../db/schema";
import type { Deps } from "../../shared/context";
import { PolicyRulesSchema, type PolicyRules, type SubsidyRule } from "../policy-schema";
import { policyInForce, priceMeal } from "../rules";
import { communityToday } from "./dates";

/** A person each rule is written for: the youngest age it names (or the oldest, for "under"), its first group. */
const dinerFor = (rule: SubsidyRule) => ({
  age: rule.ageMin ?? rule.ageMax ?? 40,
  groups: rule.groups ? [rule.groups[0]!] : [],
});

/**
 * What each rule's people pay at each sitting, by the same pricing rules the kiosk uses, so the
 * panel can say the policy in words without computing a price itself. The first line is the
 * list price (no rule); budgets are left out: this is the policy, not today's fund state.
 */
export function policyExamples(rules: PolicyRules, fundName: (code: string) => string) {
  const line = (rule: SubsidyRule | null) => ({
    ruleId: rule?.id ?? null,
    label: rule?.label ?? null,
    sittings: sittingNames.map((sitting) => {
      const price = priceMeal(rules, sitting, rule ? dinerFor(rule) : { age: 40, groups: [] });
      return {
        sitting,
        listPriceFen: price.listPriceFen,
        payFen: price.payFen,
        subsidies: price.subsidies.map((s) => ({ fundName: fundName(s.fundCode), amountFen: s.amountFen })),
      };
    }),
  });
  return [line(null), ...rules.subsidies.map(line)];
}

/** Every version of the community's policy, newest first, with the one in force today marked. */
export async function listPolicies({ db, clock }: Deps, { communityId }: { communityId: string }) {
  const [rows, fundRows, today] = await Promise.all([
    db
      .select({ p: pricingPolicies, by: staff.displayName })
      .from(pricingPolicies)
      .leftJoin(staff, eq(staff.id, pricingPolicies.createdBy))
      .where(eq(pricingPolicies.communityId, communityId))
      .orderBy(desc(pricingPolicies.version)),
    db.select().from(funds).where(eq(funds.communityId, communityId)),
    communityToday({ db, clock }, { communityId }),
  ]);
  const current = policyInForce(
    rows.map((r) => r.p),
    today,
  );
  const fundName = (code: string) => fundRows.find((f) => f.code === code)?.name ?? code;
  return {
    today,
    items: rows.map(({ p, by }) => {
      const rules = PolicyRulesSchema.parse(p.rules);
      return {
        id: p.id,
        version: p.version,
        effectiveFrom: p.effectiveFrom,
        inForce: p.id === current?.id,
        createdBy: by,
        createdAt: p.createdAt.toISOString(),
        rules,
        examples: policyExamples(rules, fundName),
      };
    }),
  };
}
