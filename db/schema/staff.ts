import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id, instant, ref } from "./columns";
import { communities, districts } from "./community";

export const staffRoles = [
  "district_admin",
  "community_admin",
  "canteen_staff",
  "station_keeper",
  "baby_room_staff",
] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staff = sqliteTable(
  "staff",
  {
    id: id(),
    districtId: ref("district_id", () => districts.id),
    // Null only for district admins, who act across the district's communities.
    communityId: text("community_id").references(() => communities.id),
    username: text("username").notNull().unique(),
    displayName: text("display_name").notNull(),
    role: text("role", { enum: staffRoles }).notNull(),
    passwordHash: text("password_hash").notNull(),
    disabledAt: instant("disabled_at"),
    createdAt: createdAt(),
  },
  (t) => [index("staff_community").on(t.communityId)],
);

export const staffSessions = sqliteTable(
  "staff_sessions",
  {
    // SHA-256 of the cookie token: a leaked table cannot be replayed as cookies.
    tokenHash: text("token_hash").primaryKey(),
    staffId: ref("staff_id", () => staff.id),
    createdAt: createdAt(),
    lastSeenAt: instant("last_seen_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
    revokedAt: instant("revoked_at"),
  },
  (t) => [index("staff_sessions_staff").on(t.staffId)],
);

export const signInFailures = sqliteTable(
  "sign_in_failures",
  {
    id: id(),
    username: text("username").notNull(),
    at: instant("at").notNull(),
  },
  (t) => [index("sign_in_failures_username_at").on(t.username, t.at)],
);

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: id(),
    districtId: ref("district_id", () => districts.id),
    communityId: text("community_id").references(() => communities.id),
    staffId: text("staff_id").references(() => staff.id),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
    at: instant("at").notNull(),
  },
  (t) => [index("audit_log_community_at").on(t.communityId, t.at)],
);
