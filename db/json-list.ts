import { type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

/**
 * `column IN (…)` with the whole list as one JSON parameter. D1 binds at most 100 parameters per
 * statement, so a list of people or ids as `IN (?, ?, …)` fails there once it is long enough.
 */
export const inJsonList = (column: SQLiteColumn | SQL, values: readonly (string | number)[]): SQL =>
  sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;
