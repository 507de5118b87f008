import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/libsql/migrator";
import type { LibSQLDatabase } from "drizzle-orm/libsql";
import type { Db } from "./client";

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));

/** Applies db/migrations on Node; the Worker's D1 gets the same files through wrangler. */
export async function migrateDb(db: Db) {
  await migrate(db as unknown as LibSQLDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
}
