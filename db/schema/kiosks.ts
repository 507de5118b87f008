import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, instant } from "./columns";
import { facilityRow } from "./community-ref";

export const kiosks = sqliteTable(
  "kiosks",
  {
    ...facilityRow(),
    name: text("name").notNull(),
    // Hash of the device credential the kiosk keeps; null until paired.
    tokenHash: text("token_hash").unique(),
    pairingCodeHash: text("pairing_code_hash").unique(),
    pairingExpiresAt: instant("pairing_expires_at"),
    pairedAt: instant("paired_at"),
    revokedAt: instant("revoked_at"),
    lastSeenAt: instant("last_seen_at"),
    // What the kiosk reported with its last heartbeat: the build it runs and its last error (no personal data).
    appVersion: text("app_version"),
    lastError: text("last_error"),
    lastErrorAt: instant("last_error_at"),
    // Where no camera may be used (the women-only rest area): passes only, face identification refused.
    passOnly: integer("pass_only", { mode: "boolean" }).notNull().default(false),
    // A kiosk beside a station door opens it; which way it lets people through ("both": two big buttons).
    doorId: text("door_id"),
    doorDirection: text("door_direction", { enum: ["entry", "exit", "both"] }),
    createdAt: createdAt(),
  },
  (t) => [index("kiosks_community").on(t.communityId)],
);
