import { describe, expect, it } from "vitest";
import { diffPolicies } from "../../admin/src/lib/policy-diff";
import { ageBands, priceMeal, whoPaysWhat } from "../../api/canteen/rules";
import { SEED_POLICY } from "../../api/canteen/seed-policy";
import { DISABLED_SUBSIDY } from "../support/subsidy-rules";

describe("who pays what, before a policy is saved", () => {
  it("cuts ages where a rule starts or stops, so one age prices its whole band", () => {
    expect(ageBands(SEED_POLICY)).toEqual([
      { from: 0, to: 11 },
      { from: 12, to: 59 },
      { from: 60, to: 79 },
      { from: 80, to: null },
    ]);
    expect(ageBands({ ...SEED_POLICY, subsidies: [] })).toEqual([{ from: 0, to: null }]);
  });

  it("prices every band and group with priceMeal itself", () => {
    const table = whoPaysWhat(SEED_POLICY);
    expect(table.groups).toEqual(["low_income", "extreme_hardship"]);
    for (const band of table.bands)
      for (const age of [band.from, band.to ?? band.from + 30])
        for (const cell of band.cells)
          for (const s of cell.sittings)
            expect(s.payFen).toBe(
              priceMeal(SEED_POLICY, s.sitting, { age, groups: cell.group ? [cell.group] : [] }).payFen,
            );
  });
});

describe("the difference between two versions", () => {
  it("names the rules added, removed and changed, the prices and the order", () => {
    const [child, senior, ...rest] = SEED_POLICY.subsidies;
    const next = {
      ...SEED_POLICY,
      listPriceFen: { lunch: 1600, dinner: 1000 },
      orderDaysAhead: 5,
      subsidies: [...rest, { ...senior!, offFen: { lunch: 600, dinner: 410 } }, DISABLED_SUBSIDY],
    };
    const kinds = diffPolicies(SEED_POLICY, next).map((c) => c.kind);
    expect(kinds).toEqual(["listPrice", "daysAhead", "removed", "off", "added", "order"]);
    expect(diffPolicies(SEED_POLICY, SEED_POLICY)).toEqual([]);
    expect(child!.id).toBe("child");
  });
});
