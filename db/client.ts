import type { D1Database } from "@cloudflare/workers-types";
import { createClient } from "@libsql/client";
import { drizzle as drizzleD1 } from "drizzle-orm/d1";
import { drizzle as drizzleLibsql } from "drizzle-orm/libsql";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import * as schema from "./schema";

// Both runtimes meet here: libSQL (Node, Turso) and D1 (Workers) are async SQLite dialects.
// Verbs use only what both share: the query builder, `returning()` and `db.batch()`.
export type Db = BaseSQLiteDatabase<"async", unknown, typeof schema> & {
  batch: ReturnType<typeof drizzleLibsql<typeof schema>>["batch"];
};

export function createDb(config: { url: string; authToken?: string }): Db {
  const client = createClient({ url: config.url, authToken: config.authToken });
  return drizzleLibsql(client, { schema }) as unknown as Db;
}

/** The Worker's D1 binding as the same Db; D1's batch is atomic, like libSQL's. */
export function createD1Db(binding: D1Database): Db {
  return drizzleD1(binding, { schema }) as unknown as Db;
}

export { schema };
