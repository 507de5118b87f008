import type { D1Database } from "@cloudflare/workers-types";
import { createClient, type Client } from "@libsql/client";
import { drizzle as drizzleD1 } from "drizzle-orm/d1";
import { drizzle as drizzleLibsql } from "drizzle-orm/libsql";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import * as schema from "./schema";

// Both runtimes meet here: libSQL (Node, Turso) and D1 (Workers) are async SQLite dialects.
// Verbs use only what both share: the query builder, `run`/`all` with `sql`, `returning()` and `db.batch()`.
export type Db = BaseSQLiteDatabase<"async", unknown, typeof schema> & {
  batch: ReturnType<typeof drizzleLibsql<typeof schema>>["batch"];
};

/** A libSQL database through @libsql/client (Turso; on Node, a local file goes through db/node-db.ts instead). */
export function createDb(config: { url: string; authToken?: string }): Db {
  return dbOverClient(createClient({ url: config.url, authToken: config.authToken }));
}

/** Drizzle over anything shaped as @libsql/client's Client. */
export function dbOverClient(client: Client): Db {
  return drizzleLibsql(client, { schema }) as unknown as Db;
}

/** The Worker's D1 binding as the same Db; D1's batch is atomic, like libSQL's. */
export function createD1Db(binding: D1Database): Db {
  const db = drizzleD1(binding, { schema }) as unknown as Db;
  return Object.assign(db, { batch: ((queries: readonly BatchItem[]) => d1Batch(binding, queries)) as Db["batch"] });
}

/** What every item of a drizzle batch has, query builder and raw `db.run(sql…)` alike. */
type BatchItem = {
  _prepare(): {
    getQuery(): { sql: string; params: unknown[] };
    mapResult(result: unknown, isFromBatch: boolean): unknown;
  };
};

// Drizzle's D1 session binds a batch item through the prepared statement only the query builder
// has, so a raw `db.run(sql…)` inside `db.batch` throws "reading 'bind'". Every item knows its SQL
// and parameters, so the batch is built here, one D1 prepared statement per item, and each result
// is mapped back by the item that made it, as drizzle would.
async function d1Batch(binding: D1Database, queries: readonly BatchItem[]) {
  const prepared = queries.map((q) => q._prepare());
  const results = await binding.batch(
    prepared.map((p) => {
      const { sql, params } = p.getQuery();
      return binding.prepare(sql).bind(...params);
    }),
  );
  return results.map((result, i) => prepared[i]!.mapResult(result, true));
}

export { schema };
