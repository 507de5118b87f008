import Database from "libsql";

// One connection to a libSQL file through the native driver `libsql` (the package @libsql/client
// itself loads for files: prebuilt binaries, no download), synchronous, with each SQL text prepared
// once. db/native-client.ts reads through one on the main thread; the writes of a group commit run
// on one too, in db/writer-thread.ts or inline (see db/native-client.ts).

export type Value = null | number | string | bigint | ArrayBuffer | Buffer;
/** A statement's outcome as plain data, so it can cross to another thread: rows are arrays of values. */
export type RawResult = { columns: string[]; rows: unknown[][]; rowsAffected: number; lastInsertRowid: bigint | null };
export type Statement = { sql: string; args: unknown[] };
/** A batch's outcome in a group: its results, or the error that rolled it back (message and code only). */
export type Outcome = { ok: RawResult[] } | { err: { message: string; code?: string } };

type Native = InstanceType<typeof Database>;
type Prepared = { stmt: ReturnType<Native["prepare"]>; columns: string[] | null };

const CACHE_LIMIT = 500;

/**
 * Opens the file with the settings we ship. WAL lets readers run while an order commits and a
 * commit costs one sync instead of two (the mode is stored in the file); synchronous stays FULL:
 * a paid meal must survive a power cut.
 */
export class NativeConnection {
  readonly #db: Native;
  readonly #cache = new Map<string, Prepared>();

  constructor(path: string) {
    this.#db = new Database(path);
    this.#db.exec("PRAGMA journal_mode = WAL");
    this.#db.exec("PRAGMA synchronous = FULL");
    this.#db.exec("PRAGMA busy_timeout = 5000");
    this.#db.exec("PRAGMA foreign_keys = ON");
    // 64 MiB of page cache instead of SQLite's 2 MiB: with a year or more of orders the indexes an
    // order writes to no longer fit in 2 MiB, and each write would read its pages back from the file.
    this.#db.exec("PRAGMA cache_size = -65536");
  }

  exec(sql: string) {
    this.#db.exec(sql);
  }

  run({ sql, args }: Statement): RawResult {
    const { stmt, columns } = this.#prepare(sql);
    const values = args.map(toSql);
    if (!columns) {
      const info = stmt.run(values);
      return { columns: [], rows: [], rowsAffected: info.changes, lastInsertRowid: BigInt(info.lastInsertRowid) };
    }
    const rows = (stmt.all(values) as Value[][]).map((row) => row.map(fromSql));
    return { columns, rows, rowsAffected: 0, lastInsertRowid: null };
  }

  /**
   * The batches of one group commit: one transaction and one disk sync for all, each batch inside a
   * savepoint of its own, so a refusal rolls back only its batch. Some errors (I/O, out of memory)
   * make SQLite roll back the whole transaction: then the batch that met it fails and `redo` lists
   * the others, whose work was lost with it, to go round again.
   */
  commitGroup(batches: Statement[][]): { outcomes: Outcome[]; redo: number[] } {
    const outcomes: Outcome[] = [];
    try {
      this.#db.exec("BEGIN IMMEDIATE");
      for (const [i, batch] of batches.entries()) {
        this.#db.exec("SAVEPOINT batch");
        try {
          outcomes.push({ ok: batch.map((s) => this.run(s)) });
          this.#db.exec("RELEASE batch");
        } catch (err) {
          if (!this.#db.inTransaction) {
            const redo = batches.map((_, j) => j).filter((j) => j !== i);
            return { outcomes: batches.map((_, j) => (j === i ? failed(err) : { ok: [] })), redo };
          }
          this.#db.exec("ROLLBACK TO batch; RELEASE batch");
          outcomes.push(failed(err));
        }
      }
      this.#db.exec("COMMIT");
      return { outcomes, redo: [] };
    } catch (err) {
      if (this.#db.inTransaction) this.#db.exec("ROLLBACK");
      return { outcomes: batches.map(() => failed(err)), redo: [] };
    }
  }

  /** Reads that must agree with each other: one read transaction, so one snapshot of the file. */
  readTogether(stmts: Statement[]): RawResult[] {
    this.#db.exec("BEGIN");
    try {
      return stmts.map((s) => this.run(s));
    } finally {
      this.#db.exec("COMMIT");
    }
  }

  /** Drizzle's migrator: all statements in one transaction, with foreign keys off while tables are rebuilt. */
  migrate(stmts: Statement[]): RawResult[] {
    this.#db.exec("PRAGMA foreign_keys = OFF");
    try {
      this.#db.exec("BEGIN");
      try {
        const results = stmts.map((s) => this.run(s));
        this.#db.exec("COMMIT");
        return results;
      } catch (err) {
        if (this.#db.inTransaction) this.#db.exec("ROLLBACK");
        throw err;
      }
    } finally {
      this.#db.exec("PRAGMA foreign_keys = ON");
    }
  }

  close() {
    this.#cache.clear();
    this.#db.close();
  }

  #prepare(sql: string): Prepared {
    const cached = this.#cache.get(sql);
    if (cached) return cached;
    const stmt = this.#db.prepare(sql);
    const columns = stmt.reader ? stmt.columns().map((c: { name: string }) => c.name) : null;
    if (columns) stmt.raw(true);
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.delete(this.#cache.keys().next().value as string);
    this.#cache.set(sql, { stmt, columns });
    return { stmt, columns };
  }
}

/** An error as plain data: SQLite's message (what the app reads: constraint names, trigger codes) and its code. */
function failed(err: unknown): Outcome {
  const e = err as { message?: string; code?: string };
  return { err: { message: String(e?.message ?? err), ...(e?.code ? { code: e.code } : {}) } };
}

function toSql(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.valueOf();
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (value === undefined) throw new TypeError("undefined cannot be passed as argument to the database");
  if (typeof value === "number" && !Number.isFinite(value))
    throw new RangeError("Only finite numbers (not Infinity or NaN) can be passed as arguments");
  return value;
}

function fromSql(value: Value): unknown {
  if (value instanceof Buffer)
    return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength) as ArrayBuffer;
  return value;
}
