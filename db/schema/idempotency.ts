import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, id, instant } from "./columns";

/**
 * One row per (caller, key): who sent it, a fingerprint of what they sent, and the answer once
 * there is one. The row's id is the key the verb's own ledger or booking rows use, so effects
 * are once-only even for two requests racing with the same key.
 */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    id: id(),
    // "resident:<id>", "staff:<id>": a key belongs to the person or staff member who sent it.
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    fingerprint: text("fingerprint").notNull(),
    // The JSON answer of the first request that finished; null while it has none.
    response: text("response"),
    status: integer("status"),
    createdAt: createdAt(),
    expiresAt: instant("expires_at").notNull(),
  },
  (t) => [uniqueIndex("idempotency_keys_scope_key").on(t.scope, t.key)],
);
