import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
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
