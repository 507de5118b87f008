import { z } from "@hono/zod-openapi";
import { sittingNames } from "../../db/schema";
import { communityStaff, staffMay } from "../staff/guard";
import { CommunityParams, jsonBody, made, ok, pathParam, routesOf } from "../shared/router";
import {
  CanteenResidentsSchema,
  CloseDaySchema,
  CopyWeekSchema,
  DateParams,
  DeliveryFlagSchema,
  FamilyLinkSchema,
  FundBudgetSchema,
  FundsSchema,
  MonthBudgetParams,
  MonthBudgetSavedSchema,
  MonthBudgetSchema,
  MenuWeekSchema,
  NewPolicySchema,
  PoliciesSchema,
  PolicyPreviewSchema,
  PreviewPolicySchema,
  SetDishesSchema,
  WeekQuery,
} from "./admin/schemas";

// OpenAPI definitions of these operations; admin-routes.ts joins each to its verb.
const tags = ["canteen"];
// The canteen's staff run menus, closures and who gets delivery; money policy is the admins'.
const canteenStaff = routesOf({
  tags,
  middleware: communityStaff("district_admin", "community_admin", "canteen_staff"),
});
const admins = routesOf({ tags, middleware: communityStaff("district_admin", "community_admin") });
const managers = routesOf({ tags, middleware: staffMay({ facility: "canteen", action: "manage" }) });
const base = "/{communityId}/canteen";
const FundParams = CommunityParams.extend({ fundId: pathParam("fundId") });
const MenuParams = CommunityParams.merge(DateParams).extend({
  sitting: z.enum(sittingNames).openapi({ param: { name: "sitting", in: "path" } }),
});

export const getMenuWeek = canteenStaff.get(
  `${base}/menus`,
  "getMenuWeek",
  "A week of dishes per sitting, and closed days, from a date",
  { params: CommunityParams, query: WeekQuery },
  ok(MenuWeekSchema, "The week"),
);

export const setMenuDishes = canteenStaff.put(
  `${base}/menus/{date}/{sitting}`,
  "setMenuDishes",
  "Replace the dishes of one date and sitting",
  { params: MenuParams, body: jsonBody(SetDishesSchema) },
  ok(z.object({ date: z.string(), sitting: z.enum(sittingNames), dishes: z.array(z.string()) }), "Saved"),
);

export const copyMenuWeek = canteenStaff.post(
  `${base}/menus/copy-week`,
  "copyMenuWeek",
  "Copy seven days of menus to the following week",
  { params: CommunityParams, body: jsonBody(CopyWeekSchema) },
  ok(z.object({ from: z.string(), to: z.string(), days: z.number(), dishes: z.number() }), "Copied"),
);

export const closeCanteenDay = canteenStaff.post(
  `${base}/closures`,
  "closeCanteenDay",
  "Close the canteen on a date: orders placed are cancelled with notice and refunded, no more are taken",
  { params: CommunityParams, body: jsonBody(CloseDaySchema) },
  made(
    z.object({
      date: z.string(),
      reason: z.string(),
      closureId: z.string(),
      ordersCancelled: z.number(),
      mealCardRefundedFen: z.number(),
    }),
    "Closed",
    409,
  ),
);

export const reopenCanteenDay = canteenStaff.delete(
  `${base}/closures/{date}`,
  "reopenCanteenDay",
  "Open a closed date again",
  { params: CommunityParams.merge(DateParams) },
  ok(z.object({ date: z.string(), closed: z.literal(false) }), "Open", 404),
);

export const listPricingPolicies = canteenStaff.get(
  `${base}/policies`,
  "listPricingPolicies",
  "Every pricing policy version, with what each rule's people pay",
  { params: CommunityParams },
  ok(PoliciesSchema, "Versions, newest first"),
);

export const addPricingPolicyVersion = admins.post(
  `${base}/policies`,
  "addPricingPolicyVersion",
  "A new policy version from a date (versions are never edited)",
  { params: CommunityParams, body: jsonBody(NewPolicySchema) },
  made(z.object({ id: z.string(), version: z.number(), effectiveFrom: z.string() }), "Created"),
);

export const previewPricingPolicy = canteenStaff.post(
  `${base}/policies/preview`,
  "previewPricingPolicy",
  "Who pays what under rules not yet saved: each age band by group and sitting (saves nothing)",
  { params: CommunityParams, body: jsonBody(PreviewPolicySchema) },
  ok(PolicyPreviewSchema, "The table"),
);

export const listFunds = canteenStaff.get(
  `${base}/funds`,
  "listFunds",
  "Subsidy funds with this month's budget and use",
  { params: CommunityParams },
  ok(FundsSchema, "Funds"),
);

export const setFundBudget = admins.patch(
  `${base}/funds/{fundId}`,
  "setFundBudget",
  "Set a fund's monthly budget (null: no cap)",
  { params: FundParams, body: jsonBody(FundBudgetSchema) },
  ok(
    z.object({ id: z.string(), code: z.string(), name: z.string(), monthlyBudgetFen: z.number().nullable() }),
    "Saved",
    404,
  ),
);

export const setMonthBudget = managers.put(
  `${base}/funds/{fundId}/budgets/{month}`,
  "setFundMonthBudget",
  "Set a fund's budget for this month or a later one (null: the fund's default monthly budget again)",
  { params: FundParams.merge(MonthBudgetParams), body: jsonBody(MonthBudgetSchema) },
  ok(MonthBudgetSavedSchema, "Saved", 404, 422),
);

export const listCanteenResidents = canteenStaff.get(
  `${base}/residents`,
  "listCanteenResidents",
  "Delivery flags and family links",
  { params: CommunityParams },
  ok(CanteenResidentsSchema, "Flags and links"),
);

export const setDeliveryEligible = canteenStaff.patch(
  `${base}/residents/{residentId}`,
  "setDeliveryEligible",
  "Sign a resident up for delivery to the door, or not",
  { params: CommunityParams.extend({ residentId: pathParam("residentId") }), body: jsonBody(DeliveryFlagSchema) },
  ok(z.object({ id: z.string(), deliveryEligible: z.boolean() }), "Saved", 404),
);

export const linkFamily = canteenStaff.post(
  `${base}/family-links`,
  "linkFamily",
  "Let a family member order for an elder",
  { params: CommunityParams, body: jsonBody(FamilyLinkSchema) },
  made(z.object({ elderId: z.string(), familyId: z.string() }), "Linked", 409),
);

export const unlinkFamily = canteenStaff.delete(
  `${base}/family-links/{elderId}/{familyId}`,
  "unlinkFamily",
  "End a family link",
  { params: CommunityParams.extend({ elderId: pathParam("elderId"), familyId: pathParam("familyId") }) },
  ok(z.object({ elderId: z.string(), familyId: z.string(), removed: z.literal(true) }), "Removed", 404),
);
