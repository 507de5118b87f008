import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id, instant } from "./columns";
import { communities, facilities } from "./community";

export const kiosks = sqliteTable(
  "kiosks",
  {
    id: id(),
    communityId: text("community_id")
      .notNull()
      .references(() => communities.id),
    facilityId: text("facility_id")
      .notNull()
      .references(() => facilities.id),
    name: text("name").notNull(),
    // Hash of the device credential the kiosk keeps; null until paired.
    tokenHash: text("token_hash").unique(),
    pairingCodeHash: text("pairing_code_hash").unique(),
    pairingExpiresAt: instant("pairing_expires_at"),
    pairedAt: instant("paired_at"),
    revokedAt: instant("revoked_at"),
    lastSeenAt: instant("last_seen_at"),
    createdAt: createdAt(),
  },
  (t) => [index("kiosks_community").on(t.communityId)],
);
