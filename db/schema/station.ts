import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, instant, ref, updatedAt } from "./columns";
import { communityRow, facilityRow, facilitySettingsKey } from "./community-ref";
import { couriers } from "./people";
import { staff } from "./staff";

/** How the station runs: set by its keeper. One row per station facility. */
export const stationSettings = sqliteTable("station_settings", {
  ...facilitySettingsKey(),
  // A registration nobody verified within this many days lapses; the rider registers again.
  pendingExpiryDays: integer("pending_expiry_days").notNull().default(14),
  // Local "HH:MM" after which visits still open from before are closed by the duties and marked.
  nightlyCloseAt: text("nightly_close_at").notNull().default("04:00"),
  showerSlotMinutes: integer("shower_slot_minutes").notNull().default(20),
  showerCleaningMinutes: integer("shower_cleaning_minutes").notNull().default(10),
  updatedAt: updatedAt(),
});

/**
 * A door with a relay: the station's own entrance, or the women-only rest area's (areaId names
 * the area resource whose capacity it guards). The secret signs open commands; it is encrypted
 * with the data key because the server must use it, not just check it.
 */
export const stationDoors = sqliteTable(
  "station_doors",
  {
    ...facilityRow(),
    name: text("name").notNull(),
    areaId: text("area_id"),
    womenOnly: integer("women_only", { mode: "boolean" }).notNull().default(false),
    webhookUrl: text("webhook_url"),
    secretCiphertext: text("secret_ciphertext"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("station_doors_facility").on(t.facilityId)],
);

export const visitMethods = ["qr", "rotating_qr", "face", "staff"] as const;
export type VisitMethod = (typeof visitMethods)[number];
export const visitClosings = ["exit", "nightly", "door_failed"] as const;

/**
 * One stay inside a zone (the station, or an area within it) from entry to exit. Occupancy is the
 * count of open visits; the entry INSERT checks it against capacity in the same statement.
 */
export const stationVisits = sqliteTable(
  "station_visits",
  {
    ...facilityRow(),
    // "station" for the station itself, or the area resource's id.
    zone: text("zone").notNull(),
    courierId: ref("courier_id", () => couriers.id),
    doorId: ref("door_id", () => stationDoors.id),
    enteredAt: instant("entered_at").notNull(),
    entryMethod: text("entry_method", { enum: visitMethods }).notNull(),
    exitedAt: instant("exited_at"),
    exitMethod: text("exit_method", { enum: visitMethods }),
    closedBy: text("closed_by", { enum: visitClosings }),
  },
  (t) => [
    // One open visit per rider and zone: a second entry scan finds the first.
    uniqueIndex("station_visits_open").on(t.courierId, t.zone).where(sql`exited_at IS NULL`),
    index("station_visits_zone_open").on(t.facilityId, t.zone, t.exitedAt),
    index("station_visits_entered").on(t.communityId, t.enteredAt),
  ],
);

export const doorCommandStatuses = ["pending", "opened", "refused", "failed"] as const;

/** The outbox of signed open commands and what the relay answered. A nonce is used once. */
export const doorCommands = sqliteTable(
  "door_commands",
  {
    ...communityRow(),
    doorId: ref("door_id", () => stationDoors.id),
    nonce: text("nonce").notNull().unique(),
    issuedAt: instant("issued_at").notNull(),
    status: text("status", { enum: doorCommandStatuses }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    answerStatus: integer("answer_status"),
    answer: text("answer"),
    answeredAt: instant("answered_at"),
  },
  (t) => [index("door_commands_door").on(t.doorId, t.issuedAt)],
);

export const doorOutcomes = ["opened", "refused", "full", "relay_failed"] as const;
export const doorMethods = ["qr", "rotating_qr", "face", "staff_remote"] as const;

/** Every try at a door, let through or not: who, how (face with its distance), and the relay's answer. */
export const doorEvents = sqliteTable(
  "door_events",
  {
    ...communityRow(),
    doorId: ref("door_id", () => stationDoors.id),
    kioskId: text("kiosk_id"),
    courierId: text("courier_id"),
    staffId: text("staff_id").references(() => staff.id),
    direction: text("direction", { enum: ["in", "out"] }),
    method: text("method", { enum: doorMethods }).notNull(),
    distance: real("distance"),
    outcome: text("outcome", { enum: doorOutcomes }).notNull(),
    reason: text("reason"),
    commandId: text("command_id"),
    at: instant("at").notNull(),
  },
  (t) => [index("door_events_door_at").on(t.doorId, t.at), index("door_events_courier").on(t.courierId, t.at)],
);

export const amenityKinds = ["fridge", "microwave", "charging", "water", "first_aid", "other"] as const;

export const stationAmenities = sqliteTable(
  "station_amenities",
  {
    ...facilityRow(),
    kind: text("kind", { enum: amenityKinds }).notNull(),
    label: text("label").notNull(),
    note: text("note").notNull().default(""),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("station_amenities_facility").on(t.facilityId)],
);
