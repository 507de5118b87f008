import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { bookings } from "./booking";
import { createdAt, instant, ref, updatedAt, type Transitions } from "./columns";
import { communityId, communityRow } from "./community-ref";
import { kiosks } from "./kiosks";
import { residents, type ResidentGroup } from "./people";
import { staff } from "./staff";
import { identifyMethods } from "./identity";

export const sittingNames = ["lunch", "dinner"] as const;
export type SittingName = (typeof sittingNames)[number];

/** Who pays a subsidy: the street office's elderly-meal fund, the civil-affairs fund, the canteen itself. */
export const funds = sqliteTable(
  "funds",
  {
    ...communityRow(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    // Null means no monthly cap. A trigger refuses any subsidy that would take a month past it.
    monthlyBudgetFen: integer("monthly_budget_fen"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("funds_community_code").on(t.communityId, t.code)],
);

/**
 * A fund's budget for one month (YYYY-MM in the community's time zone, as order_subsidies.month),
 * set ahead by the admins; a month without a row falls back to the fund's monthly_budget_fen.
 * The budget trigger reads it (db/migrations, "fund_budgets_per_month").
 */
export const fundBudgets = sqliteTable(
  "fund_budgets",
  {
    communityId: communityId(),
    fundId: ref("fund_id", () => funds.id),
    month: text("month").notNull(),
    budgetFen: integer("budget_fen").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.fundId, t.month] }),
    check("fund_budgets_valid", sql`${t.budgetFen} >= 0 AND ${t.month} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'`),
  ],
);

/** Pricing and subsidy rules as data. Editing makes a new version; orders keep the version they used. */
export const pricingPolicies = sqliteTable(
  "pricing_policies",
  {
    ...communityRow(),
    version: integer("version").notNull(),
    // Local date (YYYY-MM-DD) in the community's zone from which this version applies.
    effectiveFrom: text("effective_from").notNull(),
    rules: text("rules", { mode: "json" }).notNull(),
    createdBy: text("created_by").references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("pricing_policies_version").on(t.communityId, t.version),
    index("pricing_policies_from").on(t.communityId, t.effectiveFrom),
  ],
);

export const menuItems = sqliteTable(
  "menu_items",
  {
    ...communityRow(),
    serviceDate: text("service_date").notNull(),
    sitting: text("sitting", { enum: sittingNames }).notNull(),
    name: text("name").notNull(),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index("menu_items_day").on(t.communityId, t.serviceDate)],
);

export const orderStatuses = ["placed", "served", "delivered", "no_answer", "cancelled"] as const;
export type OrderStatus = (typeof orderStatuses)[number];
/** A placed order is served, delivered, not answered or cancelled; a door not answered may be tried again. */
export const orderTransitions: Transitions<OrderStatus> = {
  placed: ["served", "delivered", "no_answer", "cancelled"],
  no_answer: ["delivered"],
  served: [],
  delivered: [],
  cancelled: [],
};

export const mealOrders = sqliteTable(
  "meal_orders",
  {
    ...communityRow(),
    bookingId: ref("booking_id", () => bookings.id),
    residentId: ref("resident_id", () => residents.id),
    orderedById: ref("ordered_by_id", () => residents.id),
    serviceDate: text("service_date").notNull(),
    sitting: text("sitting", { enum: sittingNames }).notNull(),
    // The diner's age and groups on the service date, kept as the claim's evidence: a later change
    // to the resident's record must not move a past meal into another bracket.
    dinerAge: integer("diner_age").notNull(),
    dinerGroups: text("diner_groups", { mode: "json" }).$type<ResidentGroup[]>().notNull(),
    ticketNo: integer("ticket_no").notNull(),
    policyId: ref("policy_id", () => pricingPolicies.id),
    policyVersion: integer("policy_version").notNull(),
    listPriceFen: integer("list_price_fen").notNull(),
    payFen: integer("pay_fen").notNull(),
    // Only the first meal a person takes at a sitting is subsidised; further meals (for a carer,
    // say) are at the list price. A partial unique index keeps it to one, even in a race.
    subsidised: integer("subsidised", { mode: "boolean" }).notNull(),
    payment: text("payment", { enum: ["meal_card", "counter"] }).notNull(),
    delivery: integer("delivery", { mode: "boolean" }).notNull(),
    deliveryAddress: text("delivery_address"),
    deliveryGrid: text("delivery_grid"),
    status: text("status", { enum: orderStatuses }).notNull(),
    identifiedBy: text("identified_by", { enum: identifyMethods }).notNull(),
    identifyDistance: real("identify_distance"),
    kioskId: text("kiosk_id").references(() => kiosks.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("meal_orders_booking").on(t.bookingId),
    uniqueIndex("meal_orders_one_subsidised")
      .on(t.residentId, t.serviceDate, t.sitting)
      .where(sql`subsidised = 1 AND status <> 'cancelled'`),
    uniqueIndex("meal_orders_ticket").on(t.communityId, t.serviceDate, t.sitting, t.ticketNo),
    index("meal_orders_day").on(t.communityId, t.serviceDate),
    index("meal_orders_resident").on(t.residentId, t.serviceDate),
  ],
);

/** The subsidy each fund paid for an order: the evidence a monthly claim is built from. */
export const orderSubsidies = sqliteTable(
  "order_subsidies",
  {
    orderId: ref("order_id", () => mealOrders.id),
    fundId: ref("fund_id", () => funds.id),
    ruleId: text("rule_id").notNull(),
    amountFen: integer("amount_fen").notNull(),
    // YYYY-MM of the service date: budgets are monthly.
    month: text("month").notNull(),
  },
  (t) => [index("order_subsidies_fund_month").on(t.fundId, t.month), index("order_subsidies_order").on(t.orderId)],
);

/**
 * Running claim totals per fund, month, day and diner, kept by triggers as subsidies are written
 * and orders cancelled. Budget checks and the monthly settlement read this small table instead of
 * summing every order in the month (0.1 ms instead of seconds at a million orders).
 */
export const fundClaimTally = sqliteTable(
  "fund_claim_tally",
  {
    fundId: ref("fund_id", () => funds.id),
    month: text("month").notNull(),
    serviceDate: text("service_date").notNull(),
    dinerAge: integer("diner_age").notNull(),
    dinerGroups: text("diner_groups").notNull(),
    meals: integer("meals").notNull(),
    amountFen: integer("amount_fen").notNull(),
  },
  (t) => [primaryKey({ columns: [t.fundId, t.month, t.serviceDate, t.dinerAge, t.dinerGroups] })],
);

/**
 * Subsidy committed per fund and month, one row, kept by triggers on fund_claim_tally: the budget
 * trigger and the kiosk's price read it instead of summing the month's tally.
 */
export const fundMonthUsage = sqliteTable(
  "fund_month_usage",
  {
    fundId: text("fund_id").notNull(),
    month: text("month").notNull(),
    amountFen: integer("amount_fen").notNull(),
  },
  (t) => [primaryKey({ columns: [t.fundId, t.month] })],
);

/** The meal card: an append-only ledger in fen. The balance is the sum; a trigger keeps it ≥ 0. */
export const mealCardEntries = sqliteTable(
  "meal_card_entries",
  {
    ...communityRow(),
    residentId: ref("resident_id", () => residents.id),
    amountFen: integer("amount_fen").notNull(),
    kind: text("kind", { enum: ["top_up", "payment", "refund", "correction"] }).notNull(),
    method: text("method", { enum: ["cash", "transfer", "meal_card"] }).notNull(),
    orderId: text("order_id"),
    note: text("note"),
    recordedBy: text("recorded_by").references(() => staff.id),
    idempotencyKey: text("idempotency_key").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("meal_card_entries_key").on(t.communityId, t.idempotencyKey),
    index("meal_card_entries_resident").on(t.residentId),
  ],
);

/** A delivery nobody answered: a welfare check for the grid worker until someone resolves it. */
export const welfareAlerts = sqliteTable(
  "welfare_alerts",
  {
    ...communityRow(),
    orderId: ref("order_id", () => mealOrders.id),
    residentId: ref("resident_id", () => residents.id),
    grid: text("grid"),
    raisedAt: instant("raised_at").notNull(),
    resolvedAt: instant("resolved_at"),
    resolvedBy: text("resolved_by").references(() => staff.id),
    note: text("note"),
  },
  (t) => [uniqueIndex("welfare_alerts_order").on(t.orderId)],
);
