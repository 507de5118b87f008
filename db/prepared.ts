import { fillPlaceholders } from "drizzle-orm";
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
