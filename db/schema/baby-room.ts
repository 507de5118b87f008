import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { bookings, resources } from "./booking";
import { createdAt, instant, ref, updatedAt } from "./columns";
import { communityId, communityRow, facilityId, facilityRow, facilitySettingsKey } from "./community-ref";
import { children, residents } from "./people";
import { staff } from "./staff";

export const babySessionKinds = ["childcare", "early_education", "parent_child"] as const;
export type BabySessionKind = (typeof babySessionKinds)[number];

/**
 * How one baby room runs: the free allowance (N sessions a period of whole months from January,
 * how many roll over), what happens beyond it, the cancel cut-off, the room's size and its entry rule.
 */
export const babyRoomPolicies = sqliteTable("baby_room_policies", {
  ...facilitySettingsKey(),
  allowancePerPeriod: integer("allowance_per_period").notNull(),
  periodMonths: integer("period_months").notNull(),
  rolloverMax: integer("rollover_max").notNull().default(0),
  beyondAllowance: text("beyond_allowance", { enum: ["refuse", "paid"] }).notNull(),
  noShowConsumes: integer("no_show_consumes", { mode: "boolean" }).notNull(),
  cancelCutoffMinutes: integer("cancel_cutoff_minutes").notNull(),
  roomSize: integer("room_size").notNull(),
  // Entry check: a temperature at or above this (tenths of a degree) or any symptom refuses entry.
  feverTenths: integer("fever_tenths").notNull().default(373),
  updatedAt: updatedAt(),
});

/** 托育, 早教, 亲子: what a session is, who it is for and how it is counted. */
export const babySessionTypes = sqliteTable(
  "baby_session_types",
  {
    ...facilityRow(),
    kind: text("kind", { enum: babySessionKinds }).notNull(),
    name: text("name").notNull(),
    minutes: integer("minutes").notNull(),
    // Age in whole months on the session date: min inclusive, max exclusive (0–36 is "under 3").
    minAgeMonths: integer("min_age_months").notNull(),
    maxAgeMonths: integer("max_age_months").notNull(),
    // Children one caregiver may look after; capacity = caregivers × ratio, capped by the room size.
    ratio: integer("ratio").notNull(),
    guardianStays: integer("guardian_stays", { mode: "boolean" }).notNull(),
    usesAllowance: integer("uses_allowance", { mode: "boolean" }).notNull(),
    // The price beyond the allowance (or of a session that never uses it), when the policy charges.
    priceFen: integer("price_fen").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("baby_session_types_name").on(t.facilityId, t.name)],
);

/** A weekly template: this type, this weekday and time, this many caregivers. */
export const babySessionTemplates = sqliteTable("baby_session_templates", {
  ...facilityRow(),
  typeId: ref("type_id", () => babySessionTypes.id),
  weekday: integer("weekday").notNull(),
  startTime: text("start_time").notNull(),
  caregivers: integer("caregivers").notNull(),
  createdAt: createdAt(),
});

/** One session on the calendar: an engine resource (its capacity) at one time range. */
export const babySessions = sqliteTable(
  "baby_sessions",
  {
    resourceId: text("resource_id")
      .primaryKey()
      .references(() => resources.id),
    communityId: communityId(),
    facilityId: facilityId(),
    typeId: ref("type_id", () => babySessionTypes.id),
    templateId: text("template_id").references(() => babySessionTemplates.id),
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
    caregivers: integer("caregivers").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("baby_sessions_time").on(t.facilityId, t.startsAt),
    // Making a week from the templates twice makes each session once.
    uniqueIndex("baby_sessions_template_time").on(t.templateId, t.startsAt),
  ],
);

/** The baby-room side of an engine booking: which child, booked by whom, paid how. */
export const babyBookings = sqliteTable(
  "baby_bookings",
  {
    bookingId: text("booking_id")
      .primaryKey()
      .references(() => bookings.id),
    communityId: communityId(),
    sessionId: ref("session_id", () => babySessions.resourceId),
    childId: ref("child_id", () => children.id),
    bookedById: ref("booked_by_id", () => residents.id),
    payment: text("payment", { enum: ["allowance", "paid", "free"] }).notNull(),
    priceFen: integer("price_fen").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("baby_bookings_child").on(t.childId)],
);

export const allowanceEntryKinds = ["grant", "rollover", "use", "refund", "no_show", "expire", "adjust"] as const;
export type AllowanceEntryKind = (typeof allowanceEntryKinds)[number];

/**
 * The free-session allowance, append-only, per child and period (the period's first day). The
 * balance of a period is the sum of its entries; triggers keep it from going below zero and
 * refuse edits. One use and one refund per booking (unique index), whatever races.
 */
export const allowanceEntries = sqliteTable(
  "allowance_entries",
  {
    ...facilityRow(),
    childId: ref("child_id", () => children.id),
    period: text("period").notNull(),
    kind: text("kind", { enum: allowanceEntryKinds }).notNull(),
    amount: integer("amount").notNull(),
    bookingId: text("booking_id"),
    reason: text("reason"),
    staffId: text("staff_id").references(() => staff.id),
    idempotencyKey: text("idempotency_key").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("allowance_entries_key").on(t.communityId, t.idempotencyKey),
    uniqueIndex("allowance_entries_booking_kind").on(t.bookingId, t.kind),
    index("allowance_entries_child").on(t.childId, t.period),
  ],
);

export const attendanceEventKinds = ["check_in", "check_in_refused", "check_out", "check_out_refused"] as const;

/** What happened at the door, refusals included: who, how, and the entry answers. */
export const babyAttendance = sqliteTable(
  "baby_attendance",
  {
    ...facilityRow(),
    childId: text("child_id").references(() => children.id),
    bookingId: text("booking_id"),
    kind: text("kind", { enum: attendanceEventKinds }).notNull(),
    // A pass-holder (resident) or a pickup code's named person.
    byResidentId: text("by_resident_id"),
    pickupCodeId: text("pickup_code_id"),
    temperatureTenths: integer("temperature_tenths"),
    symptoms: text("symptoms", { mode: "json" }).$type<string[]>(),
    reason: text("reason"),
    at: instant("at").notNull(),
  },
  (t) => [index("baby_attendance_facility_at").on(t.facilityId, t.at), index("baby_attendance_child").on(t.childId)],
);

/**
 * A one-off pickup for a named person: valid on one local date, used once. Only the hash is kept.
 * The guardian's request key makes a retried request land on the same row (one valid code).
 */
export const pickupCodes = sqliteTable(
  "pickup_codes",
  {
    ...communityRow(),
    childId: ref("child_id", () => children.id),
    createdById: ref("created_by_id", () => residents.id),
    personName: text("person_name").notNull(),
    codeHash: text("code_hash").notNull(),
    validOn: text("valid_on").notNull(),
    usedAt: instant("used_at"),
    usedBookingId: text("used_booking_id"),
    idempotencyKey: text("idempotency_key"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("pickup_codes_hash").on(t.communityId, t.codeHash),
    uniqueIndex("pickup_codes_key").on(t.communityId, t.idempotencyKey),
  ],
);
