import { getTableColumns } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./client";
// D1 binds at most 100 parameters per statement, so a long insert becomes several statements,
// still inside the one atomic batch.
const MAX_BOUND_PARAMETERS = 100;

export function insertRows<T extends SQLiteTable>(db: Db, table: T, rows: T["$inferInsert"][]) {
  const perStatement = Math.floor(MAX_BOUND_PARAMETERS / Object.keys(getTableColumns(table)).length);
  return Array.from({ length: Math.ceil(rows.length / perStatement) }, (_, i) =>
    db.insert(table).values(rows.slice(i * perStatement, (i + 1) * perStatement)),
  );
}
