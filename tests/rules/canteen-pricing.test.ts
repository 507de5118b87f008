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
  it("charges children under 12 ¥9.9 for lunch and ¥5.9 for dinner, and 12-year-olds the list price", () => {
    expect(pay(11)).toBe(990);
    expect(pay(11, [], "dinner")).toBe(590);
    expect(pay(12)).toBe(1500);
    expect(pay(12, [], "dinner")).toBe(1000);
  });
  it("charges 59-year-olds the list price and 60-year-olds ¥9.9", () => {
    expect(pay(59)).toBe(1500);
    expect(pay(60)).toBe(990);
    expect(pay(60, [], "dinner")).toBe(590);
  });
  it("keeps the same price across 69/70, which the policy does not distinguish", () => {
    expect(pay(69)).toBe(990);
    expect(pay(70)).toBe(990);
  });
  it("gives 80-year-olds the deeper subsidy and 79-year-olds not", () => {
    expect(pay(79)).toBe(990);
    expect(pay(80)).toBe(790);
    expect(pay(80, [], "dinner")).toBe(490);
  });
  it("keeps the 80+ price at 89 and 90", () => {
    expect(pay(89)).toBe(790);
    expect(pay(90)).toBe(790);
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
