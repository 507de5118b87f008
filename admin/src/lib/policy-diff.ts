import type { PolicyRules } from "../models/canteen";

type Rule = PolicyRules["subsidies"][number];
type Sitting = keyof PolicyRules["listPriceFen"];

/** What changed from one policy version to another, field by field; the page words each change. */
export type PolicyChange =
  | { kind: "listPrice"; sitting: Sitting; from: number; to: number }
  | { kind: "mode"; from: string; to: string }
  | { kind: "cap"; from: number | null; to: number | null }
  | { kind: "minPay"; from: number; to: number }
  | { kind: "daysAhead"; from: number; to: number }
  | { kind: "added"; rule: Rule }
  | { kind: "removed"; rule: Rule }
  | { kind: "off"; rule: Rule; sitting: Sitting; from: number; to: number }
  | { kind: "who"; rule: Rule; before: Rule }
  | { kind: "fund"; rule: Rule; from: string; to: string }
  | { kind: "label"; rule: Rule; from: string }
  | { kind: "order" };

const sameList = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Rules are matched by id (a rule keeps its id across versions); the order matters in "stack" mode. */
export function diffPolicies(from: PolicyRules, to: PolicyRules): PolicyChange[] {
  const out: PolicyChange[] = [];
  for (const sitting of Object.keys(to.listPriceFen) as Sitting[])
    if (from.listPriceFen[sitting] !== to.listPriceFen[sitting])
      out.push({ kind: "listPrice", sitting, from: from.listPriceFen[sitting], to: to.listPriceFen[sitting] });
  if (from.combine.mode !== to.combine.mode) out.push({ kind: "mode", from: from.combine.mode, to: to.combine.mode });
  if (from.combine.capFen !== to.combine.capFen)
    out.push({ kind: "cap", from: from.combine.capFen, to: to.combine.capFen });
  if (from.combine.minPayFen !== to.combine.minPayFen)
    out.push({ kind: "minPay", from: from.combine.minPayFen, to: to.combine.minPayFen });
  if (from.orderDaysAhead !== to.orderDaysAhead)
    out.push({ kind: "daysAhead", from: from.orderDaysAhead, to: to.orderDaysAhead });
  const before = new Map(from.subsidies.map((r) => [r.id, r]));
  const after = new Map(to.subsidies.map((r) => [r.id, r]));
  for (const r of from.subsidies) if (!after.has(r.id)) out.push({ kind: "removed", rule: r });
  for (const r of to.subsidies) {
    const old = before.get(r.id);
    if (!old) {
      out.push({ kind: "added", rule: r });
      continue;
    }
    if (old.label !== r.label) out.push({ kind: "label", rule: r, from: old.label });
    if (old.ageMin !== r.ageMin || old.ageMax !== r.ageMax || !sameList(old.groups, r.groups))
      out.push({ kind: "who", rule: r, before: old });
    if (old.fundCode !== r.fundCode) out.push({ kind: "fund", rule: r, from: old.fundCode, to: r.fundCode });
    for (const sitting of Object.keys(r.offFen) as Sitting[])
      if (old.offFen[sitting] !== r.offFen[sitting])
        out.push({ kind: "off", rule: r, sitting, from: old.offFen[sitting], to: r.offFen[sitting] });
  }
  const kept = (ids: string[], other: Map<string, Rule>) => ids.filter((id) => other.has(id));
  const order = (rules: Rule[]) => rules.map((r) => r.id);
  if (kept(order(from.subsidies), after).join() !== kept(order(to.subsidies), before).join())
    out.push({ kind: "order" });
  return out;
}
