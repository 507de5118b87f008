import { integer, sqliteTable, text, uniqueIndex, index } from "drizzle-orm/sqlite-core";
import { createdAt, id, ref } from "./columns";

export const districts = sqliteTable("districts", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

export const communities = sqliteTable(
  "communities",
  {
    id: id(),
    districtId: ref("district_id", () => districts.id),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    timeZone: text("time_zone").notNull().default("Asia/Shanghai"),
    createdAt: createdAt(),
  },
  (t) => [index("communities_district").on(t.districtId)],
);

export const facilityKinds = ["canteen", "study_room", "station", "baby_room"] as const;
export type FacilityKind = (typeof facilityKinds)[number];

export const facilities = sqliteTable(
  "facilities",
  {
    id: id(),
    communityId: ref("community_id", () => communities.id),
    kind: text("kind", { enum: facilityKinds }).notNull(),
    name: text("name").notNull(),
    location: text("location").notNull().default(""),
    // Opening hours as "HH:MM-HH:MM" in the community's zone; null means open 24 hours.
    openingHours: text("opening_hours"),
    capacity: integer("capacity").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("facilities_community_kind").on(t.communityId, t.kind)],
);

/**
 * A community's configuration version: triggers on every table the cached configuration is read
 * from (db/migrations, "config_versions") bump it in the same transaction as the change. A write
 * priced from a cached configuration carries the version it saw as a guard: stale, it writes
 * nothing and is tried again on fresh data.
 */
export const configVersions = sqliteTable("config_versions", {
  communityId: text("community_id").primaryKey(),
  version: integer("version").notNull(),
  // Bumped when a kiosk is revoked, re-paired or changed, or a kiosk session ended: the cached
  // kiosk and session lookups (api/identity/access-cache.ts) are good only at the version they were read at.
  access: integer("access").notNull().default(0),
});
