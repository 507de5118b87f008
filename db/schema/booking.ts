import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, holder, id, instant, ref, updatedAt, type Transitions } from "./columns";
import { communityId, facilityId, facilityRow, facilitySettingsKey } from "./community-ref";

// One booking engine for every facility: a seat, a shower, a baby-room session and a meal
// sitting are all a resource with a capacity over time. An "area" (the women's rest area) and the
// "facility" as a whole (the station's door capacity, the study room's opening hours) are never
// booked: their capacity and hours are planned with the same weekly templates and one-off changes.
export const resourceKinds = ["sitting", "seat", "shower", "session", "area", "facility"] as const;

export const resources = sqliteTable(
  "resources",
  {
    ...facilityRow(),
    kind: text("kind", { enum: resourceKinds }).notNull(),
    label: text("label").notNull(),
    capacity: integer("capacity").notNull(),
    // Kind-specific attributes (seat features and grid position, a sitting's hours and cut-off).
    attributes: text("attributes", { mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
    // Out of service (a broken lamp, a seat being repaired): the engine books nothing on it.
    inService: integer("in_service", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    index("resources_facility").on(t.facilityId),
    uniqueIndex("resources_facility_label").on(t.facilityId, t.label),
  ],
);

export const holderKinds = ["resident", "courier", "child"] as const;
// "held" is a waitlist offer keeping a place for one person until it is accepted or expires.
export const bookingStatuses = [
  "held",
  "confirmed",
  "checked_in",
  "completed",
  "cancelled",
  "released",
  "no_show",
  "expired",
] as const;
export type BookingStatus = (typeof bookingStatuses)[number];
/** Where a booking may go from each status; everything after checked_in or a refusal is history. */
export const bookingTransitions: Transitions<BookingStatus> = {
  held: ["confirmed", "cancelled", "expired"],
  confirmed: ["checked_in", "cancelled", "no_show"],
  checked_in: ["completed", "released"],
  completed: [],
  cancelled: [],
  released: [],
  no_show: [],
  expired: [],
};

export const bookings = sqliteTable(
  "bookings",
  {
    ...facilityRow(),
    resourceId: ref("resource_id", () => resources.id),
    ...holder(holderKinds),
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
    quantity: integer("quantity").notNull().default(1),
    status: text("status", { enum: bookingStatuses }).notNull(),
    // A retried request carries the same key and gets the first answer back.
    idempotencyKey: text("idempotency_key").notNull(),
    checkedInAt: instant("checked_in_at"),
    // Set while a checked-in person has stepped out (暂离); the place is kept for the facility's allowance.
    awaySince: instant("away_since"),
    // When the place was given back early (left, released, no-show); ends_at stays as booked.
    closedAt: instant("closed_at"),
    holdExpiresAt: instant("hold_expires_at"),
    // What staff changed for the holder (moved to another seat, cancelled by a closure), shown at the kiosk.
    notice: text("notice", { mode: "json" }).$type<BookingNotice>(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("bookings_idempotency").on(t.communityId, t.idempotencyKey),
    index("bookings_resource_time").on(t.resourceId, t.startsAt),
    // Overlap checks ask for bookings that end after a start: this index reaches only those, not the whole history.
    index("bookings_resource_end").on(t.resourceId, t.endsAt),
    index("bookings_holder_time").on(t.holderId, t.startsAt),
    // The duties job looks for open bookings by status and start; history never enters the scan.
    index("bookings_facility_status").on(t.facilityId, t.status, t.startsAt),
  ],
);

/**
 * Places held per resource and booked range: the sum of the quantities of its holding bookings,
 * kept by triggers on bookings (db/migrations, "resource_load"). A capacity check sums the few
 * ranges that overlap and end after its start, one row per sitting and day, instead of every
 * booking the resource ever had; summed over ranges it is the same number as over bookings.
 */
export const resourceLoad = sqliteTable(
  "resource_load",
  {
    resourceId: text("resource_id").notNull(),
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
    taken: integer("taken").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.resourceId, t.startsAt, t.endsAt] }),
    index("resource_load_end").on(t.resourceId, t.endsAt),
  ],
);

/** closureId names the closure that cancelled a booking, so the refunds in its batch find exactly those. */
export type BookingNotice =
  | { kind: "moved"; fromLabel: string; fromDate?: string; capacityChangeId?: string }
  | { kind: "cancelled"; reason: string; closureId?: string; capacityChangeId?: string };

/**
 * How a facility runs its bookings. One row per facility that books by time range with check-in;
 * facilities without one (the canteen's sittings) are never touched by the check-in duties.
 */
export const bookingPolicies = sqliteTable("booking_policies", {
  ...facilitySettingsKey(),
  stepMinutes: integer("step_minutes").notNull(),
  minutesPerDay: integer("minutes_per_day").notNull(),
  activeBookings: integer("active_bookings").notNull(),
  daysAhead: integer("days_ahead").notNull(),
  graceMinutes: integer("grace_minutes").notNull(),
  awayMinutes: integer("away_minutes").notNull(),
  strikeLimit: integer("strike_limit").notNull(),
  strikeWindowDays: integer("strike_window_days").notNull(),
  banDays: integer("ban_days").notNull(),
  offerMinutes: integer("offer_minutes").notNull(),
  // A checked-in booking completes at its end by itself, unless someone must check out (a child is collected).
  completesAtEnd: integer("completes_at_end", { mode: "boolean" }).notNull().default(true),
  updatedAt: updatedAt(),
});

/**
 * Holidays, exam days, maintenance, for every facility (the canteen's closed days included):
 * instants, so a closure can be a sitting, an afternoon or a week. The booking engine refuses any
 * booking that overlaps one, in its own statement.
 */
export const facilityClosures = sqliteTable(
  "facility_closures",
  {
    ...facilityRow(),
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
    reason: text("reason").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("facility_closures_time").on(t.facilityId, t.endsAt)],
);

/** Who, where and when: the columns a ban and a place in line share (fresh builders per table). */
const holderAtFacility = () => ({
  communityId: communityId(),
  facilityId: facilityId(),
  ...holder(holderKinds),
  startsAt: instant("starts_at").notNull(),
  endsAt: instant("ends_at").notNull(),
});

/** A booking ban, from repeated no-shows or set by staff; lifting keeps the row as evidence. */
export const bookingBans = sqliteTable(
  "booking_bans",
  {
    id: id(),
    ...holderAtFacility(),
    reason: text("reason").notNull(),
    liftedAt: instant("lifted_at"),
    createdAt: createdAt(),
  },
  (t) => [index("booking_bans_holder").on(t.holderId, t.endsAt)],
);

export const waitlistStatuses = ["waiting", "offered", "accepted", "expired", "cancelled"] as const;
export type WaitlistStatus = (typeof waitlistStatuses)[number];
export const waitlistTransitions: Transitions<WaitlistStatus> = {
  waiting: ["offered", "cancelled", "expired"],
  offered: ["accepted", "expired", "cancelled"],
  accepted: [],
  expired: [],
  cancelled: [],
};

/** People waiting for a place in a full time range, served first come first served. */
export const waitlistEntries = sqliteTable(
  "waitlist_entries",
  {
    id: id(),
    ...holderAtFacility(),
    status: text("status", { enum: waitlistStatuses }).notNull(),
    // The one place waited for (a baby-room session); null waits for any place free for the range (a seat).
    resourceId: text("resource_id").references(() => resources.id),
    // The held booking while an offer is open.
    offerBookingId: text("offer_booking_id"),
    idempotencyKey: text("idempotency_key").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("waitlist_idempotency").on(t.communityId, t.idempotencyKey),
    index("waitlist_facility_status").on(t.facilityId, t.status, t.createdAt),
    // One place in line per person and range: a double tap cannot queue twice.
    uniqueIndex("waitlist_one_open")
      .on(t.holderId, t.facilityId, t.startsAt, t.endsAt)
      .where(sql`status IN ('waiting', 'offered')`),
  ],
);

/** The resource a capacity row is about, with its community and facility. */
const resourceAtFacility = () => ({
  resourceId: ref("resource_id", () => resources.id),
  communityId: communityId(),
  facilityId: facilityId(),
});

/**
 * A resource's capacity on one day (a weekday's template or one date's change): its places, a
 * sitting's order cut-off, and a whole facility's opening hours ("HH:MM"; a close at or before
 * the open runs past midnight).
 */
const dayCapacity = () => ({
  capacity: integer("capacity").notNull(),
  orderCutoff: text("order_cutoff"),
  opens: text("opens"),
  closes: text("closes"),
});

/**
 * A resource's weekly template: its capacity (a sitting's order cut-off, a whole facility's hours) on one
 * weekday, 1 = Monday … 7 = Sunday in the community's zone. A weekday without a row uses the
 * resource's own capacity. The booking engine reads it in its statement (capacityOn in book.ts).
 */
export const capacityTemplates = sqliteTable(
  "capacity_templates",
  {
    ...resourceAtFacility(),
    weekday: integer("weekday").notNull(),
    // The study room is closed on a weekday without opening hours.
    ...dayCapacity(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.resourceId, t.weekday] })],
);

export const overbookingChoices = ["keep", "move", "cancel"] as const;
export type OverbookingChoice = (typeof overbookingChoices)[number];

/** A one-off change of a resource's capacity (and cut-off) on one local date, over its template. */
export const capacityChanges = sqliteTable(
  "capacity_changes",
  {
    id: id(),
    ...resourceAtFacility(),
    date: text("date").notNull(),
    // Opening hours for this date only, over the weekday's (a whole facility: the study room).
    ...dayCapacity(),
    reason: text("reason").notNull(),
    // What staff chose for the bookings beyond a lowered capacity; null when none were beyond it.
    choice: text("choice", { enum: overbookingChoices }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("capacity_changes_day").on(t.resourceId, t.date),
    index("capacity_changes_facility").on(t.facilityId, t.date),
  ],
);

/**
 * Never holds a row: inserting one aborts the whole batch with its code (triggers in db/migrations,
 * "batch_refusals"). A batch that must land all or nothing on a condition read once at its start
 * (the bookings staff saw are still the ones held; every booking found room where it was moved)
 * inserts `code` WHERE NOT (condition), instead of threading the condition through every statement.
 */
export const batchRefusals = sqliteTable("batch_refusals", { code: text("code").notNull() });

export const alertKinds = ["staff_call", "welfare", "door"] as const;
export type AlertKind = (typeof alertKinds)[number];

/**
 * Staff's hand on an alert shown on the live page (a staff call or SOS, a welfare check, a door
 * that failed to open): who acknowledged it ("I'm on it") and who resolved it, once each.
 */
export const alertStates = sqliteTable(
  "alert_states",
  {
    communityId: communityId(),
    kind: text("kind", { enum: alertKinds }).notNull(),
    alertId: text("alert_id").notNull(),
    acknowledgedAt: instant("acknowledged_at"),
    acknowledgedBy: text("acknowledged_by"),
    resolvedAt: instant("resolved_at"),
    resolvedBy: text("resolved_by"),
  },
  (t) => [primaryKey({ columns: [t.kind, t.alertId] })],
);
