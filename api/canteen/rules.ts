import type { ResidentGroup, SittingName } from "../../db/schema";
import type { PolicyRules, SubsidyRule } from "./policy-schema";

export type Diner = { age: number; groups: readonly ResidentGroup[] };
export type SubsidyShare = { ruleId: string; fundCode: string; amountFen: number };
export type Price = { listPriceFen: number; subsidies: SubsidyShare[]; payFen: number; savedFen: number };

export const ruleApplies = (rule: SubsidyRule, diner: Diner) =>
  (rule.ageMin === undefined || diner.age >= rule.ageMin) &&
  (rule.ageMax === undefined || diner.age <= rule.ageMax) &&
  (rule.groups === undefined || rule.groups.some((g) => diner.groups.includes(g)));

/**
 * The price of one meal for one person on one sitting, under one policy version. Subsidies from
 * exhausted funds are left out (the meal is priced without them). Shares are taken in rule order
 * until the cap and the minimum the resident always pays are reached; the last share is trimmed.
 */
export function priceMeal(
  policy: PolicyRules,
  sitting: SittingName,
  diner: Diner,
  exhaustedFunds: ReadonlySet<string> = new Set(),
): Price {
  const listPriceFen = policy.listPriceFen[sitting];
  const applicable = policy.subsidies.filter(
    (r) => ruleApplies(r, diner) && !exhaustedFunds.has(r.fundCode) && r.offFen[sitting] > 0,
  );
  const chosen =
    policy.combine.mode === "best"
      ? applicable.reduce<SubsidyRule[]>(
          (best, r) => (best[0] && best[0].offFen[sitting] >= r.offFen[sitting] ? best : [r]),
          [],
        )
      : applicable;
  const limit = Math.max(0, Math.min(listPriceFen - policy.combine.minPayFen, policy.combine.capFen ?? Infinity));
  const subsidies: SubsidyShare[] = [];
  let total = 0;
  for (const rule of chosen) {
    const amountFen = Math.min(rule.offFen[sitting], limit - total);
    if (amountFen <= 0) break;
    subsidies.push({ ruleId: rule.id, fundCode: rule.fundCode, amountFen });
    total += amountFen;
  }
  return { listPriceFen, subsidies, payFen: listPriceFen - total, savedFen: total };
}

/** The policy version in force on a service date: the latest to take effect on or before it. */
export function policyInForce<P extends { effectiveFrom: string; version: number }>(
  policies: readonly P[],
  serviceDate: string,
): P | null {
  return policies
    .filter((p) => p.effectiveFrom <= serviceDate)
    .reduce<P | null>(
      (best, p) =>
        !best ||
        p.effectiveFrom > best.effectiveFrom ||
        (p.effectiveFrom === best.effectiveFrom && p.version > best.version)
          ? p
          : best,
      null,
    );
}

export const ageBrackets = ["under_12", "12_59", "60_69", "70_79", "80_89", "90_plus"] as const;
export type AgeBracket = (typeof ageBrackets)[number];

/** The brackets the street office's settlement form counts meals by. */
export function ageBracket(age: number): AgeBracket {
  if (age < 12) return "under_12";
  if (age < 60) return "12_59";
  if (age < 70) return "60_69";
  if (age < 80) return "70_79";
  if (age < 90) return "80_89";
  return "90_plus";
}

/** Orders close at the sitting's cut-off (local time); cancellation with a refund closes at the same time. */
export const beforeCutoff = (nowLocalTime: string, cutoff: string) => nowLocalTime < cutoff;

/**
 * The ages at which any rule starts or stops applying cut life into bands; within a band every
 * rule applies alike, so pricing its first age prices the whole band.
 */
export function ageBands(policy: PolicyRules): { from: number; to: number | null }[] {
  const cuts = new Set([0]);
  for (const r of policy.subsidies) {
    if (r.ageMin !== undefined) cuts.add(r.ageMin);
    if (r.ageMax !== undefined) cuts.add(r.ageMax + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.map((from, i) => ({ from, to: i + 1 < sorted.length ? sorted[i + 1]! - 1 : null }));
}

/**
 * Who pays what under a policy before it is saved: each age band by no group and by each group a
 * rule names (one group at a time), at each sitting, priced by priceMeal itself. Budgets are left
 * out: this is the policy, not a month's fund state.
 */
export function whoPaysWhat(policy: PolicyRules) {
  const groups = [...new Set(policy.subsidies.flatMap((r) => r.groups ?? []))];
  return {
    groups,
    bands: ageBands(policy).map((band) => ({
      ...band,
      cells: [null, ...groups].map((group) => ({
        group,
        sittings: (Object.keys(policy.listPriceFen) as SittingName[]).map((sitting) => ({
          sitting,
          ...priceMeal(policy, sitting, { age: band.from, groups: group ? [group] : [] }),
        })),
      })),
    })),
  };
}
