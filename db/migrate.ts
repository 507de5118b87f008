import { resolve } from "node:path";
import { migrate } from "drizzle-orm/libsql/migrator";
import type { LibSQLDatabase } from "drizzle-orm/libsql";
import type { Db } from "./client";

// Resolved from the working directory (the repository root), so the bundled server finds it too.
export const MIGRATIONS_FOLDER = resolve("db/migrations");

/** Applies db/migrations on Node; the Worker's D1 gets the same files through wrangler. */
export async function migrateDb(db: Db) {
  await migrate(db as unknown as LibSQLDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
}
