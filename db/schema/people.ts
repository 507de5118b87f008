import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, instant, ref } from "./columns";
import { communityId, communityRow } from "./community-ref";

export const genders = ["female", "male"] as const;
/** The groups every community has (低保, 特困, 残疾, 优抚); staff add their own in resident_groups. */
export const residentGroups = ["low_income", "extreme_hardship", "disabled", "veteran_family"] as const;
export type BuiltInGroup = (typeof residentGroups)[number];
/** A group's code: a built-in one or one a community's staff defined. */
export type ResidentGroup = string;

export const residents = sqliteTable(
  "residents",
  {
    ...communityRow(),
    name: text("name").notNull(),
    // A calendar date (YYYY-MM-DD): age is a rule evaluated on a service date in the community's zone.
    birthDate: text("birth_date").notNull(),
    gender: text("gender", { enum: genders }).notNull(),
    phone: text("phone"),
    address: text("address"),
    grid: text("grid"),
    groups: text("groups", { mode: "json" }).$type<ResidentGroup[]>().notNull().default([]),
    // Staff flag residents who cannot walk to the canteen; their meals can be delivered (送餐上门).
    deliveryEligible: integer("delivery_eligible", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("residents_community").on(t.communityId)],
);

export const courierPlatforms = ["meituan", "eleme", "sf", "jd", "other"] as const;

export const couriers = sqliteTable(
  "couriers",
  {
    ...communityRow(),
    name: text("name").notNull(),
    phone: text("phone").notNull(),
    platform: text("platform", { enum: courierPlatforms }).notNull(),
    gender: text("gender", { enum: genders }).notNull(),
    verifiedAt: instant("verified_at"),
    suspendedAt: instant("suspended_at"),
    createdAt: createdAt(),
  },
  (t) => [index("couriers_community").on(t.communityId)],
);

export const children = sqliteTable(
  "children",
  {
    ...communityRow(),
    name: text("name").notNull(),
    birthDate: text("birth_date").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("children_community").on(t.communityId)],
);

export const childGuardians = sqliteTable(
  "child_guardians",
  {
    childId: ref("child_id", () => children.id),
    residentId: ref("resident_id", () => residents.id),
    relation: text("relation").notNull(),
  },
  (t) => [primaryKey({ columns: [t.childId, t.residentId] })],
);

/** A family member (with their own pass) who may act for an elder: order a meal, book delivery. */
export const residentLinks = sqliteTable(
  "resident_links",
  {
    elderId: ref("elder_id", () => residents.id),
    familyId: ref("family_id", () => residents.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.elderId, t.familyId] }), index("resident_links_family").on(t.familyId)],
);

/** Groups a community's staff define beyond the built-in four (e.g. 独居老人), each with its name. */
export const residentGroupDefs = sqliteTable(
  "resident_groups",
  {
    communityId: communityId(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.code] })],
);
