import { getTableColumns, is, SQL, sql } from "drizzle-orm";
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

type RowOrSql<T extends SQLiteTable> = { [K in keyof T["$inferInsert"]]: T["$inferInsert"][K] | SQL };

/**
 * One row, written only if `condition` holds when the statement runs: an effect that depends on
 * a transition (a refund, an audit line, an alert) re-checks the new state in its own WHERE, in
 * the same batch. A builder, not a raw `sql` statement, so D1's batch can bind it; a value may be
 * an SQL expression (the amount of the payment being refunded).
 */
export function insertIf<T extends SQLiteTable>(db: Db, table: T, row: RowOrSql<T>, condition: SQL) {
  const values = Object.entries(getTableColumns(table)).map(([key, column]) => {
    let value = (row as Record<string, unknown>)[key];
    if (value === undefined) value = column.defaultFn?.() ?? column.default ?? null;
    if (is(value, SQL)) return value;
    return value === null ? sql`NULL` : sql`${sql.param(value, column)}`;
  });
  return db.insert(table).select(sql`SELECT ${sql.join(values, sql`, `)} WHERE ${condition}`);
}
