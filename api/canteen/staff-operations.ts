import { createRoute, z } from "@hono/zod-openapi";
import { staffMay } from "../staff/guard";
import { CommunityParams, errors, jsonBody, jsonContent, staffErrors } from "../shared/router";
import {
  CardEntrySchema,
  DateQuery,
  DeliveriesSchema,
  MarkOrderSchema,
  MealCardSchema,
  MonthQuery,
  ProductionSchema,
  SettlementSchema,
  TicketsSchema,
  WelfareAlertsSchema,
} from "./schemas";

// OpenAPI definitions of these operations; staff-routes.ts joins each to its verb.
const tags = ["canteen"];
const canteenStaff = staffMay({ facility: "canteen", action: "operate" });
// Welfare alerts carry a resident's phone and address: the desk that follows them up, not every role.
const welfareDesk = staffMay({ facility: "canteen", action: "welfare" });
const param = (name: string) => z.string().openapi({ param: { name, in: "path" } });

export const getProductionList = createRoute({
  method: "get",
  path: "/{communityId}/canteen/production",
  tags,
  operationId: "getProductionList",
  summary: "What to cook: meals per sitting, dine-in and delivery, and dishes",
  middleware: canteenStaff,
  request: { params: CommunityParams, query: DateQuery },
  responses: { 200: jsonContent(ProductionSchema, "Per sitting"), ...staffErrors },
});

export const listCounterTickets = createRoute({
  method: "get",
  path: "/{communityId}/canteen/tickets",
  tags,
  operationId: "listCounterTickets",
  summary: "The counter's tickets for the day",
  middleware: canteenStaff,
  request: { params: CommunityParams, query: DateQuery },
  responses: { 200: jsonContent(TicketsSchema, "Tickets"), ...staffErrors },
});

export const listDeliveries = createRoute({
  method: "get",
  path: "/{communityId}/canteen/deliveries",
  tags,
  operationId: "listDeliveries",
  summary: "Deliveries grouped by grid and building",
  middleware: canteenStaff,
  request: { params: CommunityParams, query: DateQuery },
  responses: { 200: jsonContent(DeliveriesSchema, "By grid"), ...staffErrors },
});

export const markMealOrder = createRoute({
  method: "post",
  path: "/{communityId}/canteen/orders/{orderId}/mark",
  tags,
  operationId: "markMealOrder",
  summary: "Served, delivered, or no answer at the door (raises a welfare alert)",
  middleware: canteenStaff,
  request: { params: CommunityParams.extend({ orderId: param("orderId") }), body: jsonBody(MarkOrderSchema) },
  responses: {
    200: jsonContent(z.object({ orderId: z.string(), status: z.string() }), "Marked"),
    ...errors(404),
    ...staffErrors,
  },
});

export const listWelfareAlerts = createRoute({
  method: "get",
  path: "/{communityId}/canteen/welfare-alerts",
  tags,
  operationId: "listWelfareAlerts",
  summary: "Open welfare checks after an unanswered delivery",
  middleware: welfareDesk,
  request: { params: CommunityParams },
  responses: { 200: jsonContent(WelfareAlertsSchema, "Open alerts"), ...staffErrors },
});

export const resolveWelfareAlert = createRoute({
  method: "post",
  path: "/{communityId}/canteen/welfare-alerts/{alertId}/resolve",
  tags,
  operationId: "resolveWelfareAlert",
  summary: "Record what the welfare check found",
  middleware: welfareDesk,
  request: {
    params: CommunityParams.extend({ alertId: param("alertId") }),
    body: jsonBody(z.object({ note: z.string().trim().min(1).max(500) })),
  },
  responses: {
    200: jsonContent(z.object({ id: z.string(), resolved: z.literal(true) }), "Resolved"),
    ...errors(409),
    ...staffErrors,
  },
});

export const getMealCard = createRoute({
  method: "get",
  path: "/{communityId}/meal-cards/{residentId}",
  tags,
  operationId: "getMealCard",
  summary: "Balance and latest entries",
  middleware: canteenStaff,
  request: { params: CommunityParams.extend({ residentId: param("residentId") }) },
  responses: { 200: jsonContent(MealCardSchema, "The card"), ...staffErrors },
});

export const recordMealCardEntry = createRoute({
  method: "post",
  path: "/{communityId}/meal-cards/{residentId}/entries",
  tags,
  operationId: "recordMealCardEntry",
  summary: "Top up at the desk, or correct, as a new ledger entry",
  middleware: canteenStaff,
  request: { params: CommunityParams.extend({ residentId: param("residentId") }), body: jsonBody(CardEntrySchema) },
  responses: {
    200: jsonContent(z.object({ residentId: z.string(), balanceFen: z.number() }), "Recorded"),
    ...errors(404, 409),
    ...staffErrors,
  },
});

export const getSettlement = createRoute({
  method: "get",
  path: "/{communityId}/canteen/settlement",
  tags,
  operationId: "getSettlement",
  summary: "A fund's monthly claim: meals and amounts by bracket, group and day",
  middleware: canteenStaff,
  request: { params: CommunityParams, query: MonthQuery },
  responses: { 200: jsonContent(SettlementSchema, "The claim"), ...errors(404), ...staffErrors },
});

export const exportSettlementCsv = createRoute({
  method: "get",
  path: "/{communityId}/canteen/settlement.csv",
  tags,
  operationId: "exportSettlementCsv",
  summary: "The claim's orders, one line each, as CSV",
  middleware: canteenStaff,
  request: { params: CommunityParams, query: MonthQuery },
  responses: {
    200: { content: { "text/csv": { schema: z.string() } }, description: "CSV (UTF-8 with BOM, for Excel)" },
    ...staffErrors,
  },
});
