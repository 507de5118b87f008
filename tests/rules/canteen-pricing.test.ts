import { describe, expect, it } from "vitest";
import type { PolicyRules } from "../../api/canteen/policy-schema";
import { ageBracket, beforeCutoff, policyInForce, priceMeal } from "../../api/canteen/rules";
import { SEED_POLICY } from "../../api/canteen/seed-policy";
import { ageOn } from "../../api/shared/time";

const diner = (age: number, groups: ("low_income" | "extreme_hardship" | "disabled" | "veteran_family")[] = []) => ({
  age,
  groups,
});
const pay = (age: number, groups: Parameters<typeof diner>[1] = [], sitting: "lunch" | "dinner" = "lunch") =>
  priceMeal(SEED_POLICY, sitting, diner(age, groups)).payFen;

describe("the seeded policy by age", () => {
  // Where the seeds' age bands turn, what a diner pays for the sitting, in fen.
  it.each([
    [11, "lunch", 990], // children under 12: ¥9.9 for lunch and ¥5.9 for dinner
    [11, "dinner", 590],
    [12, "lunch", 1500], // from 12 the list price
    [12, "dinner", 1000],
    [59, "lunch", 1500],
    [60, "lunch", 990], // from 60 ¥9.9
    [60, "dinner", 590],
    [69, "lunch", 990], // 69/70: the policy does not distinguish them
    [70, "lunch", 990],
    [79, "lunch", 990],
    [80, "lunch", 790], // from 80 the deeper subsidy
    [80, "dinner", 490],
    [89, "lunch", 790],
    [90, "lunch", 790], // and no other band beyond
  ] as const)("charges a diner of %i for %s %i fen", (age, sitting, fen) => {
    expect(pay(age, [], sitting)).toBe(fen);
  });
  it("names the fund behind every share and shows the saving", () => {
    const price = priceMeal(SEED_POLICY, "lunch", diner(80));
    expect(price.subsidies).toEqual([
      { ruleId: "senior_60", fundCode: "street_elderly_meal", amountFen: 510 },
      { ruleId: "senior_80", fundCode: "civil_affairs_elderly", amountFen: 200 },
    ]);
    expect(price.savedFen).toBe(710);
    expect(price.listPriceFen - price.savedFen).toBe(price.payFen);
  });
  it("counts a birthday on the service date: a resident who turns 60 today gets today's price", () => {
    expect(pay(ageOn("1966-11-23", "2026-11-23"))).toBe(990);
    expect(pay(ageOn("1966-11-24", "2026-11-23"))).toBe(1500);
  });
});

describe("the seeded policy by group", () => {
  it("subsidises 低保 and 特困 at any age from the low-income fund", () => {
    expect(pay(45, ["low_income"])).toBe(1200);
    expect(pay(45, ["extreme_hardship"])).toBe(1200);
    expect(priceMeal(SEED_POLICY, "lunch", diner(45, ["low_income"])).subsidies[0]!.fundCode).toBe(
      "civil_affairs_low_income",
    );
  });
  it("gives disabled residents and veterans' families no subsidy the seed policy does not name", () => {
    expect(pay(45, ["disabled"])).toBe(1500);
    expect(pay(45, ["veteran_family"])).toBe(1500);
  });
  it("stacks age and group subsidies but never below the ¥3 everyone pays", () => {
    expect(pay(75, ["low_income"])).toBe(690);
    expect(pay(92, ["extreme_hardship"])).toBe(490);
    expect(pay(92, ["extreme_hardship"], "dinner")).toBe(300);
  });
});

describe("combination rules", () => {
  const policy = (combine: PolicyRules["combine"]): PolicyRules => ({ ...SEED_POLICY, combine });
  it("'best' takes only the largest applicable subsidy", () => {
    const price = priceMeal(policy({ mode: "best", capFen: null, minPayFen: 0 }), "lunch", diner(85, ["low_income"]));
    expect(price.subsidies.map((s) => s.ruleId)).toEqual(["senior_60"]);
    expect(price.payFen).toBe(990);
  });
  it("'stack' with a cap trims the last share to the cap", () => {
    const price = priceMeal(policy({ mode: "stack", capFen: 600, minPayFen: 0 }), "lunch", diner(85));
    expect(price.subsidies).toEqual([
      { ruleId: "senior_60", fundCode: "street_elderly_meal", amountFen: 510 },
      { ruleId: "senior_80", fundCode: "civil_affairs_elderly", amountFen: 90 },
    ]);
  });
  it("a minimum payment above the list price means no subsidy at all", () => {
    expect(priceMeal(policy({ mode: "stack", capFen: null, minPayFen: 2000 }), "lunch", diner(85)).payFen).toBe(1500);
  });
  it("prices without an exhausted fund", () => {
    const price = priceMeal(SEED_POLICY, "lunch", diner(80), new Set(["civil_affairs_elderly"]));
    expect(price.payFen).toBe(990);
    expect(price.subsidies.map((s) => s.fundCode)).toEqual(["street_elderly_meal"]);
  });
});

describe("policy versions", () => {
  const versions = [
    { version: 1, effectiveFrom: "2026-01-01" },
    { version: 2, effectiveFrom: "2026-12-01" },
    { version: 3, effectiveFrom: "2026-12-01" },
  ];
  it("uses the version in force on the service date, across a change date", () => {
    expect(policyInForce(versions, "2026-11-30")?.version).toBe(1);
    expect(policyInForce(versions, "2026-12-01")?.version).toBe(3);
    expect(policyInForce(versions, "2025-12-31")).toBeNull();
  });
});

describe("settlement brackets and cut-off", () => {
  it("puts every boundary age in the right bracket", () => {
    expect([11, 12, 59, 60, 69, 70, 79, 80, 89, 90].map(ageBracket)).toEqual([
      "under_12",
      "12_59",
      "12_59",
      "60_69",
      "60_69",
      "70_79",
      "70_79",
      "80_89",
      "80_89",
      "90_plus",
    ]);
  });
  it("closes orders at the cut-off minute", () => {
    expect(beforeCutoff("09:59", "10:00")).toBe(true);
    expect(beforeCutoff("10:00", "10:00")).toBe(false);
  });
});
