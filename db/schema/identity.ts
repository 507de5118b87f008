import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";
import { createdAt, holder, instant, ref } from "./columns";
import { communityId, communityRow } from "./community-ref";
import { kiosks } from "./kiosks";
import { staff } from "./staff";

export const personKinds = ["resident", "courier", "child"] as const;
export type PersonKind = (typeof personKinds)[number];
export const identifyMethods = ["qr", "rotating_qr", "face", "staff"] as const;
export type IdentifyMethod = (typeof identifyMethods)[number];

/** The columns a row about one person of the community opens with: its id, community and holder. */
const personRow = () => ({ ...communityRow(), ...holder(personKinds) });

/** Printed QR passes: the card holds a random secret, the table only its hash. */
export const passes = sqliteTable(
  "passes",
  {
    ...personRow(),
    secretHash: text("secret_hash").notNull().unique(),
    issuedAt: instant("issued_at").notNull(),
    issuedBy: text("issued_by").references(() => staff.id),
    revokedAt: instant("revoked_at"),
  },
  (t) => [index("passes_holder").on(t.holderId)],
);

/** Per-person keys behind the phone pass whose code changes every 30 s. */
export const rotatingKeys = sqliteTable(
  "rotating_keys",
  {
    ...personRow(),
    // The HMAC key must be usable by the server, so it is encrypted with the data key, not hashed.
    secretCiphertext: text("secret_ciphertext").notNull(),
    // The newest time step accepted: each code works once and never after a newer one.
    lastStep: integer("last_step").notNull().default(0),
    createdAt: createdAt(),
    revokedAt: instant("revoked_at"),
  },
  (t) => [index("rotating_keys_holder").on(t.holderId)],
);

/** Separate, explicit consent to face identification, and which template it covers. */
export const faceConsents = sqliteTable(
  "face_consents",
  {
    ...personRow(),
    consentTextVersion: text("consent_text_version").notNull(),
    consentedBy: text("consented_by").notNull(),
    recordedBy: ref("recorded_by", () => staff.id),
    consentedAt: instant("consented_at").notNull(),
    withdrawnAt: instant("withdrawn_at"),
    templateId: text("template_id"),
  },
  (t) => [
    uniqueIndex("face_consents_active").on(t.holderKind, t.holderId).where(sql`withdrawn_at IS NULL`),
    index("face_consents_template").on(t.templateId),
  ],
);

/** Encrypted descriptors, kept apart from identity: nothing here names a person. */
export const faceTemplates = sqliteTable(
  "face_templates",
  {
    ...communityRow(),
    ciphertext: text("ciphertext").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("face_templates_community").on(t.communityId)],
);

export const kioskSessions = sqliteTable("kiosk_sessions", {
  tokenHash: text("token_hash").primaryKey(),
  kioskId: ref("kiosk_id", () => kiosks.id),
  communityId: communityId(),
  ...holder(personKinds),
  method: text("method", { enum: identifyMethods }).notNull(),
  startedAt: instant("started_at").notNull(),
  lastActivityAt: instant("last_activity_at").notNull(),
  endedAt: instant("ended_at"),
});

/** Every identification attempt at a kiosk, accepted or refused, with how it was made. */
export const identifications = sqliteTable(
  "identifications",
  {
    ...communityRow(),
    kioskId: ref("kiosk_id", () => kiosks.id),
    method: text("method", { enum: identifyMethods }).notNull(),
    outcome: text("outcome", { enum: ["accepted", "refused"] }).notNull(),
    reason: text("reason"),
    holderKind: text("holder_kind", { enum: personKinds }),
    holderId: text("holder_id"),
    distance: real("distance"),
    staffId: text("staff_id").references(() => staff.id),
    at: instant("at").notNull(),
  },
  (t) => [
    index("identifications_kiosk_at").on(t.kioskId, t.at),
    index("identifications_holder_at").on(t.holderId, t.at),
  ],
);

export const staffCalls = sqliteTable(
  "staff_calls",
  {
    ...communityRow(),
    kioskId: ref("kiosk_id", () => kiosks.id),
    raisedAt: instant("raised_at").notNull(),
    // The station's SOS button: the same alert, marked urgent for the on-call keeper.
    sos: integer("sos", { mode: "boolean" }).notNull().default(false),
    // Set when staff say who is at the kiosk; the kiosk then claims a session for that person once.
    identifiedKind: text("identified_kind", { enum: personKinds }),
    identifiedId: text("identified_id"),
    claimedAt: instant("claimed_at"),
    resolvedAt: instant("resolved_at"),
    resolvedBy: text("resolved_by").references(() => staff.id),
  },
  (t) => [
    // One open call per kiosk: pressing the button again does not raise a second alert.
    uniqueIndex("staff_calls_open").on(t.kioskId).where(sql`resolved_at IS NULL`),
    index("staff_calls_community").on(t.communityId, t.raisedAt),
  ],
);
