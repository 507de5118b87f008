import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, id } from "./columns";
import { communities, facilities } from "./community";

// One booking engine for every facility: a seat, a shower, a baby-room session and a meal
// sitting are all a resource with a capacity over time.
export const resourceKinds = ["sitting", "seat", "shower", "session", "area"] as const;

export const resources = sqliteTable("resources", {
  id: id(),
  communityId: text("community_id").notNull().references(() => communities.id),
  facilityId: text("facility_id").notNull().references(() => facilities.id),
  kind: text("kind", { enum: resourceKinds }).notNull(),
  label: text("label").notNull(),
  capacity: integer("capacity").notNull(),
  // Kind-specific attributes (seat features and grid position, a sitting's hours and cut-off).
  attributes: text("attributes", { mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
  createdAt: createdAt(),
}, (t) => [index("resources_facility").on(t.facilityId)]);

export const holderKinds = ["resident", "courier", "child"] as const;
export const bookingStatuses = ["confirmed", "checked_in", "completed", "cancelled", "released", "no_show"] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

export const bookings = sqliteTable("bookings", {
  id: id(),
  communityId: text("community_id").notNull().references(() => communities.id),
  facilityId: text("facility_id").notNull().references(() => facilities.id),
  resourceId: text("resource_id").notNull().references(() => resources.id),
  holderKind: text("holder_kind", { enum: holderKinds }).notNull(),
  holderId: text("holder_id").notNull(),
  startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
  endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
  quantity: integer("quantity").notNull().default(1),
  status: text("status", { enum: bookingStatuses }).notNull(),
  // A retried request carries the same key and gets the first answer back.
  idempotencyKey: text("idempotency_key").notNull(),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex("bookings_idempotency").on(t.communityId, t.idempotencyKey),
  index("bookings_resource_time").on(t.resourceId, t.startsAt),
  // Overlap checks ask for bookings that end after a start: this index reaches only those, not the whole history.
  index("bookings_resource_end").on(t.resourceId, t.endsAt),
  index("bookings_holder_time").on(t.holderId, t.startsAt),
]);
