import { z } from "@hono/zod-openapi";
import { staffMay } from "../staff/guard";
import { CommunityParams, csvFile, jsonBody, ok, pathParam, routesOf } from "../shared/router";
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
const canteenStaff = routesOf({ tags, middleware: staffMay({ facility: "canteen", action: "operate" }) });
// Welfare alerts carry a resident's phone and address: the desk that follows them up, not every role.
const welfareDesk = routesOf({ tags, middleware: staffMay({ facility: "canteen", action: "welfare" }) });
const base = "/{communityId}/canteen";
const CardParams = CommunityParams.extend({ residentId: pathParam("residentId") });

export const getProductionList = canteenStaff.get(
  `${base}/production`,
  "getProductionList",
  "What to cook: meals per sitting, dine-in and delivery, and dishes",
  { params: CommunityParams, query: DateQuery },
  ok(ProductionSchema, "Per sitting"),
);

export const listCounterTickets = canteenStaff.get(
  `${base}/tickets`,
  "listCounterTickets",
  "The counter's tickets for the day",
  { params: CommunityParams, query: DateQuery },
  ok(TicketsSchema, "Tickets"),
);

export const listDeliveries = canteenStaff.get(
  `${base}/deliveries`,
  "listDeliveries",
  "Deliveries grouped by grid and building",
  { params: CommunityParams, query: DateQuery },
  ok(DeliveriesSchema, "By grid"),
);

export const markMealOrder = canteenStaff.post(
  `${base}/orders/{orderId}/mark`,
  "markMealOrder",
  "Served, delivered, or no answer at the door (raises a welfare alert)",
  { params: CommunityParams.extend({ orderId: pathParam("orderId") }), body: jsonBody(MarkOrderSchema) },
  ok(z.object({ orderId: z.string(), status: z.string() }), "Marked", 404),
);

export const listWelfareAlerts = welfareDesk.get(
  `${base}/welfare-alerts`,
  "listWelfareAlerts",
  "Open welfare checks after an unanswered delivery",
  { params: CommunityParams },
  ok(WelfareAlertsSchema, "Open alerts"),
);

export const resolveWelfareAlert = welfareDesk.post(
  `${base}/welfare-alerts/{alertId}/resolve`,
  "resolveWelfareAlert",
  "Record what the welfare check found",
  {
    params: CommunityParams.extend({ alertId: pathParam("alertId") }),
    body: jsonBody(z.object({ note: z.string().trim().min(1).max(500) })),
  },
  ok(z.object({ id: z.string(), resolved: z.literal(true) }), "Resolved", 409),
);

export const getMealCard = canteenStaff.get(
  "/{communityId}/meal-cards/{residentId}",
  "getMealCard",
  "Balance and latest entries",
  { params: CardParams },
  ok(MealCardSchema, "The card"),
);

export const recordMealCardEntry = canteenStaff.post(
  "/{communityId}/meal-cards/{residentId}/entries",
  "recordMealCardEntry",
  "Top up at the desk, or correct, as a new ledger entry",
  { params: CardParams, body: jsonBody(CardEntrySchema) },
  ok(z.object({ residentId: z.string(), balanceFen: z.number() }), "Recorded", 404, 409),
);

export const getSettlement = canteenStaff.get(
  `${base}/settlement`,
  "getSettlement",
  "A fund's monthly claim: meals and amounts by bracket, group and day",
  { params: CommunityParams, query: MonthQuery },
  ok(SettlementSchema, "The claim", 404),
);

export const exportSettlementCsv = canteenStaff.get(
  `${base}/settlement.csv`,
  "exportSettlementCsv",
  "The claim's orders, one line each, as CSV",
  { params: CommunityParams, query: MonthQuery },
  csvFile("CSV (UTF-8 with BOM, for Excel)"),
);
