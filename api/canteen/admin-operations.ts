import { createRoute, z } from "@hono/zod-openapi";
import { sittingNames } from "../../db/schema";
import { communityStaff, staffMay } from "../staff/guard";
import { CommunityParams, errors, jsonBody, jsonContent, staffErrors } from "../shared/router";
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
const canteenStaff = communityStaff("district_admin", "community_admin", "canteen_staff");
const admins = communityStaff("district_admin", "community_admin");
const param = (name: string) =>
  z
    .string()
    .min(1)
    .openapi({ param: { name, in: "path" } });
const MenuParams = CommunityParams.merge(DateParams).extend({
  sitting: z.enum(sittingNames).openapi({ param: { name: "sitting", in: "path" } }),
});
const Ok = <T extends z.ZodRawShape>(shape: T, description: string) => jsonContent(z.object(shape), description);

export const getMenuWeek = createRoute({
  method: "get",
  path: "/{communityId}/canteen/menus",
  tags,
  operationId: "getMenuWeek",
  summary: "A week of dishes per sitting, and closed days, from a date",
  middleware: canteenStaff,
  request: { params: CommunityParams, query: WeekQuery },
  responses: { 200: jsonContent(MenuWeekSchema, "The week"), ...staffErrors },
});

export const setMenuDishes = createRoute({
  method: "put",
  path: "/{communityId}/canteen/menus/{date}/{sitting}",
  tags,
  operationId: "setMenuDishes",
  summary: "Replace the dishes of one date and sitting",
  middleware: canteenStaff,
  request: { params: MenuParams, body: jsonBody(SetDishesSchema) },
  responses: {
    200: Ok({ date: z.string(), sitting: z.enum(sittingNames), dishes: z.array(z.string()) }, "Saved"),
    ...staffErrors,
  },
});

export const copyMenuWeek = createRoute({
  method: "post",
  path: "/{communityId}/canteen/menus/copy-week",
  tags,
  operationId: "copyMenuWeek",
  summary: "Copy seven days of menus to the following week",
  middleware: canteenStaff,
  request: { params: CommunityParams, body: jsonBody(CopyWeekSchema) },
  responses: {
    200: Ok({ from: z.string(), to: z.string(), days: z.number(), dishes: z.number() }, "Copied"),
    ...staffErrors,
  },
});

export const closeCanteenDay = createRoute({
  method: "post",
  path: "/{communityId}/canteen/closures",
  tags,
  operationId: "closeCanteenDay",
  summary: "Close the canteen on a date: orders placed are cancelled with notice and refunded, no more are taken",
  middleware: canteenStaff,
  request: { params: CommunityParams, body: jsonBody(CloseDaySchema) },
  responses: {
    201: Ok(
      {
        date: z.string(),
        reason: z.string(),
        closureId: z.string(),
        ordersCancelled: z.number(),
        mealCardRefundedFen: z.number(),
      },
      "Closed",
    ),
    ...errors(409),
    ...staffErrors,
  },
});

export const reopenCanteenDay = createRoute({
  method: "delete",
  path: "/{communityId}/canteen/closures/{date}",
  tags,
  operationId: "reopenCanteenDay",
  summary: "Open a closed date again",
  middleware: canteenStaff,
  request: { params: CommunityParams.merge(DateParams) },
  responses: { 200: Ok({ date: z.string(), closed: z.literal(false) }, "Open"), ...errors(404), ...staffErrors },
});

export const listPricingPolicies = createRoute({
  method: "get",
  path: "/{communityId}/canteen/policies",
  tags,
  operationId: "listPricingPolicies",
  summary: "Every pricing policy version, with what each rule's people pay",
  middleware: canteenStaff,
  request: { params: CommunityParams },
  responses: { 200: jsonContent(PoliciesSchema, "Versions, newest first"), ...staffErrors },
});

export const addPricingPolicyVersion = createRoute({
  method: "post",
  path: "/{communityId}/canteen/policies",
  tags,
  operationId: "addPricingPolicyVersion",
  summary: "A new policy version from a date (versions are never edited)",
  middleware: admins,
  request: { params: CommunityParams, body: jsonBody(NewPolicySchema) },
  responses: {
    201: Ok({ id: z.string(), version: z.number(), effectiveFrom: z.string() }, "Created"),
    ...staffErrors,
  },
});

export const previewPricingPolicy = createRoute({
  method: "post",
  path: "/{communityId}/canteen/policies/preview",
  tags,
  operationId: "previewPricingPolicy",
  summary: "Who pays what under rules not yet saved: each age band by group and sitting (saves nothing)",
  middleware: canteenStaff,
  request: { params: CommunityParams, body: jsonBody(PreviewPolicySchema) },
  responses: { 200: jsonContent(PolicyPreviewSchema, "The table"), ...staffErrors },
});

export const listFunds = createRoute({
  method: "get",
  path: "/{communityId}/canteen/funds",
  tags,
  operationId: "listFunds",
  summary: "Subsidy funds with this month's budget and use",
  middleware: canteenStaff,
  request: { params: CommunityParams },
  responses: { 200: jsonContent(FundsSchema, "Funds"), ...staffErrors },
});

export const setFundBudget = createRoute({
  method: "patch",
  path: "/{communityId}/canteen/funds/{fundId}",
  tags,
  operationId: "setFundBudget",
  summary: "Set a fund's monthly budget (null: no cap)",
  middleware: admins,
  request: { params: CommunityParams.extend({ fundId: param("fundId") }), body: jsonBody(FundBudgetSchema) },
  responses: {
    200: Ok({ id: z.string(), code: z.string(), name: z.string(), monthlyBudgetFen: z.number().nullable() }, "Saved"),
    ...errors(404),
    ...staffErrors,
  },
});

export const setMonthBudget = createRoute({
  method: "put",
  path: "/{communityId}/canteen/funds/{fundId}/budgets/{month}",
  tags,
  operationId: "setFundMonthBudget",
  summary: "Set a fund's budget for this month or a later one (null: the fund's default monthly budget again)",
  middleware: staffMay({ facility: "canteen", action: "manage" }),
  request: {
    params: CommunityParams.extend({ fundId: param("fundId") }).merge(MonthBudgetParams),
    body: jsonBody(MonthBudgetSchema),
  },
  responses: { 200: jsonContent(MonthBudgetSavedSchema, "Saved"), ...errors(404, 422), ...staffErrors },
});

export const listCanteenResidents = createRoute({
  method: "get",
  path: "/{communityId}/canteen/residents",
  tags,
  operationId: "listCanteenResidents",
  summary: "Delivery flags and family links",
  middleware: canteenStaff,
  request: { params: CommunityParams },
  responses: { 200: jsonContent(CanteenResidentsSchema, "Flags and links"), ...staffErrors },
});

export const setDeliveryEligible = createRoute({
  method: "patch",
  path: "/{communityId}/canteen/residents/{residentId}",
  tags,
  operationId: "setDeliveryEligible",
  summary: "Sign a resident up for delivery to the door, or not",
  middleware: canteenStaff,
  request: {
    params: CommunityParams.extend({ residentId: param("residentId") }),
    body: jsonBody(DeliveryFlagSchema),
  },
  responses: {
    200: Ok({ id: z.string(), deliveryEligible: z.boolean() }, "Saved"),
    ...errors(404),
    ...staffErrors,
  },
});

export const linkFamily = createRoute({
  method: "post",
  path: "/{communityId}/canteen/family-links",
  tags,
  operationId: "linkFamily",
  summary: "Let a family member order for an elder",
  middleware: canteenStaff,
  request: { params: CommunityParams, body: jsonBody(FamilyLinkSchema) },
  responses: { 201: Ok({ elderId: z.string(), familyId: z.string() }, "Linked"), ...errors(409), ...staffErrors },
});

export const unlinkFamily = createRoute({
  method: "delete",
  path: "/{communityId}/canteen/family-links/{elderId}/{familyId}",
  tags,
  operationId: "unlinkFamily",
  summary: "End a family link",
  middleware: canteenStaff,
  request: { params: CommunityParams.extend({ elderId: param("elderId"), familyId: param("familyId") }) },
  responses: {
    200: Ok({ elderId: z.string(), familyId: z.string(), removed: z.literal(true) }, "Removed"),
    ...errors(404),
    ...staffErrors,
  },
});
