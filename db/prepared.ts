import { fillPlaceholders, type SQL, sql } from "drizzle-orm";
import type { Db } from "./client";

/** What Drizzle's prepared queries and every item of `db.batch` share (db/client.ts builds D1's batch on it too). */
type PreparedLike = {
  getQuery(): { sql: string; params: unknown[] };
  mapResult(result: unknown, isFromBatch?: boolean): unknown;
};

/**
 * A hot-path query that Drizzle builds once per database, with `sql.placeholder("name")` where a
 * call's values go, instead of building its SQL again on every call: on a meal order, building
 * queries cost more CPU than running them. `of(db)` is Drizzle's prepared query (`.all(values)`,
 * `.get(values)`, `.run(values)`), on libSQL and on D1 alike; `inBatch(db, values)` is the same
 * statement with its values bound, as one item of `db.batch`, typed as the query it stands for.
 * A placeholder in `values()` or `set()` takes the column's own type (a Date for an instant); one
 * compared in a condition goes to the database as given (an instant as its milliseconds), as D1
 * takes no Date.
 */
export function prepared<Q extends { prepare(): unknown }>(build: (db: Db) => Q) {
  const built = new WeakMap<Db, ReturnType<Q["prepare"]>>();
  const of = (db: Db) => {
    let query = built.get(db);
    if (!query) built.set(db, (query = build(db).prepare() as ReturnType<Q["prepare"]>));
    return query;
  };
  return {
    of,
    inBatch(db: Db, values: Record<string, unknown>): Q {
      const query = of(db) as PreparedLike;
      const { sql, params } = query.getQuery();
      const bound: PreparedLike = {
        getQuery: () => ({ sql, params: fillPlaceholders(params, values) }),
        mapResult: (result, isFromBatch) => query.mapResult(result, isFromBatch),
      };
      // A batch asks each item only for its prepared form (libSQL's session and d1Batch alike).
      return { _prepare: () => bound } as unknown as Q;
    },
  };
}

type Compiled = { sql: string; params: unknown[] };

/** A batch item's SQL and parameters, as the batch sends them. */
export const queryOf = (item: unknown): Compiled => (item as { _prepare(): PreparedLike })._prepare().getQuery();
const compiledHeads = new WeakMap<Db, Map<string, Compiled>>();

/**
 * A raw write (`sql`…) whose text depends only on `shape`, named by the caller: `head` carries
 * `sql.placeholder(name)` wherever a call's values go, and Drizzle compiles it once per database
 * and shape; each call binds `values` to it. `tail`, small and compiled per call, is appended (a
 * condition the caller adds). The booking statement is built on every order and booking, and
 * compiling it cost more than running it. Typed as `db.run`'s statement, for `db.batch`.
 */
export function compiledWrite(
  db: Db,
  shape: string,
  head: SQL,
  values: Record<string, unknown>,
  tail: SQL,
): ReturnType<Db["run"]> {
  let heads = compiledHeads.get(db);
  if (!heads) compiledHeads.set(db, (heads = new Map()));
  let compiled = heads.get(shape);
  if (!compiled) heads.set(shape, (compiled = (db.run(head) as unknown as PreparedLike).getQuery()));
  // The raw statement's own result mapping (libSQL's or D1's run), taken from the tail's.
  const raw = db.run(tail) as unknown as PreparedLike;
  const { sql: tailSql, params: tailParams } = raw.getQuery();
  const bound: PreparedLike = {
    getQuery: () => ({
      sql: compiled.sql + tailSql,
      params: [...fillPlaceholders(compiled.params, values), ...tailParams],
    }),
    mapResult: (result, isFromBatch) => raw.mapResult(result, isFromBatch),
  };
  return { _prepare: () => bound } as unknown as ReturnType<Db["run"]>;
}

/** A value bound by name: `sql.placeholder(name)` in a compiled statement, recorded in `values`. */
export const binder =
  (values: Record<string, unknown>) =>
  (name: string, value: unknown): unknown => {
    values[name] = value;
    return sql.placeholder(name);
  };
