import type { PolicyRules } from "./policy-schema";

export const SEED_FUNDS = [
  { code: "street_elderly_meal", name: "街道老年助餐补贴", monthlyBudgetFen: 2_000_000 },
  { code: "civil_affairs_elderly", name: "民政高龄助餐补贴", monthlyBudgetFen: 500_000 },
  { code: "civil_affairs_low_income", name: "民政低保特困助餐补贴", monthlyBudgetFen: 300_000 },
  { code: "canteen_discount", name: "食堂让利", monthlyBudgetFen: null },
] as const;

/**
 * The seeds' canteen: lunch ¥9.9 and dinner ¥5.9 for children under 12 and residents 60 and
 * over (list ¥15 and ¥10), 80+ and 低保/特困 a deeper subsidy from civil-affairs funds, and
 * everyone pays at least ¥3; meals
 * can be ordered up to three days ahead.
 */
export const SEED_POLICY: PolicyRules = {
  listPriceFen: { lunch: 1500, dinner: 1000 },
  subsidies: [
    {
      id: "child",
      label: "12岁以下儿童",
      fundCode: "canteen_discount",
      ageMax: 11,
      offFen: { lunch: 510, dinner: 410 },
    },
    {
      id: "senior_60",
      label: "60岁以上老人",
      fundCode: "street_elderly_meal",
      ageMin: 60,
      offFen: { lunch: 510, dinner: 410 },
    },
    {
      id: "senior_80",
      label: "80岁以上高龄",
      fundCode: "civil_affairs_elderly",
      ageMin: 80,
      offFen: { lunch: 200, dinner: 100 },
    },
    {
      id: "low_income",
      label: "低保、特困",
      fundCode: "civil_affairs_low_income",
      groups: ["low_income", "extreme_hardship"],
      offFen: { lunch: 300, dinner: 200 },
    },
  ],
  combine: { mode: "stack", capFen: null, minPayFen: 300 },
  orderDaysAhead: 3,
};
