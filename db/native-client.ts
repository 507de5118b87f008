import type { Client, InArgs, InStatement, ResultSet, Row } from "@libsql/client";
import Database from "libsql";

// The libSQL file through the native driver `libsql` (the package @libsql/client itself loads for
// files, prebuilt binaries, no download), shaped as the part of @libsql/client that Drizzle calls.
// Why not @libsql/client for a file: it prepares every statement again on every call (a tenth of
// an order's CPU), and it fans concurrent calls out to up to 20 connections, each with a cold page
// cache that every other connection's commit invalidates, and each with its own per-connection
// settings. Here there is one connection, its settings applied to it, and each SQL text is prepared
// once. The native driver runs synchronously, so no statement of one call interleaves with another's.

type Value = null | number | string | bigint | ArrayBuffer | Buffer;
type Native = InstanceType<typeof Database>;
type Prepared = { stmt: ReturnType<Native["prepare"]>; columns: string[] | null; rowProto: object | null };

const VALUES = Symbol("values");
const CACHE_LIMIT = 500;
const WRITE = /^\s*(insert|update|delete|replace)\b/i;

/**
 * Opens one connection with the settings we ship. WAL lets readers run while an order commits and
 * a commit costs one sync instead of two (the mode is stored in the file); synchronous stays FULL:
 * a paid meal must survive a power cut.
 */
export function createNativeClient(path: string): Client {
  const native = new Database(path);
  native.exec("PRAGMA journal_mode = WAL");
  native.exec("PRAGMA synchronous = FULL");
  native.exec("PRAGMA busy_timeout = 5000");
  native.exec("PRAGMA foreign_keys = ON");
  return new NativeClient(native) as unknown as Client;
}

class NativeClient {
  readonly protocol = "file";
  closed = false;
  readonly #db: Native;
  readonly #cache = new Map<string, Prepared>();
  readonly #pending: { stmts: InStatement[]; resolve: (r: ResultSet[]) => void; reject: (e: unknown) => void }[] = [];

  constructor(db: Native) {
    this.#db = db;
  }

  async execute(stmt: InStatement, args?: unknown[]): Promise<ResultSet> {
    const one: InStatement = typeof stmt === "string" ? { sql: stmt, args: (args ?? []) as InArgs } : stmt;
    // A write on its own (a claim's answer, a session's touch) would be a transaction and a disk
    // sync of its own, with the event loop blocked meanwhile; it joins the next group commit instead.
    if (WRITE.test(one.sql)) return (await this.batch([one]))[0]!;
    return this.#run(one);
  }

  /**
   * All statements atomically: each lands or none does. Group commit: the batches asked for in one
   * turn of the event loop share one transaction and one sync, each inside a savepoint of its own
   * (a refusal rolls back only its batch), and each caller is answered after the COMMIT that made
   * its batch durable. With synchronous=FULL a commit is a disk sync; this pays it once per group.
   */
  batch(stmts: InStatement[]): Promise<ResultSet[]> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ stmts, resolve, reject });
      if (this.#pending.length === 1) setImmediate(() => this.#commitGroup());
    });
  }

  #commitGroup() {
    const group = this.#pending.splice(0);
    if (this.closed) return group.forEach((b) => b.reject(new Error("The database client is closed")));
    const outcomes: ({ ok: ResultSet[] } | { err: unknown })[] = [];
    try {
      this.#db.exec("BEGIN IMMEDIATE");
      for (const [i, b] of group.entries()) {
        this.#db.exec("SAVEPOINT batch");
        try {
          outcomes.push({ ok: b.stmts.map((x) => this.#run(typeof x === "string" ? { sql: x, args: [] } : x)) });
          this.#db.exec("RELEASE batch");
        } catch (err) {
          if (this.#db.inTransaction) {
            this.#db.exec("ROLLBACK TO batch; RELEASE batch");
            outcomes.push({ err });
            continue;
          }
          // Some errors (I/O, out of memory) make SQLite roll back the whole transaction: the batches
          // before this one were lost with it, so they and the rest go round again; this one fails.
          b.reject(err);
          this.#pending.unshift(...group.slice(0, i), ...group.slice(i + 1));
          setImmediate(() => this.#commitGroup());
          return;
        }
      }
      this.#db.exec("COMMIT");
    } catch (err) {
      if (this.#db.inTransaction) this.#db.exec("ROLLBACK");
      return group.forEach((b) => b.reject(err));
    }
    group.forEach((b, i) => {
      const outcome = outcomes[i]!;
      if ("ok" in outcome) b.resolve(outcome.ok);
      else b.reject(outcome.err);
    });
  }

  /** Drizzle's migrator: like a batch, with foreign keys off while tables are rebuilt. */
  async migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    this.#db.exec("PRAGMA foreign_keys = OFF");
    try {
      return this.#inTransaction("BEGIN", stmts);
    } finally {
      this.#db.exec("PRAGMA foreign_keys = ON");
    }
  }

  async executeMultiple(sql: string): Promise<void> {
    this.#db.exec(sql);
  }

  async transaction(): Promise<never> {
    // An interactive transaction would hold the one connection across awaits; the app uses batches.
    throw new Error("Interactive transactions are not supported on the native client; use db.batch");
  }

  async sync() {
    return undefined;
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.#cache.clear();
    this.#db.close();
  }

  #inTransaction(begin: string, stmts: InStatement[]) {
    this.#db.exec(begin);
    try {
      const results = stmts.map((s) => this.#run(typeof s === "string" ? { sql: s, args: [] } : s));
      this.#db.exec("COMMIT");
      return results;
    } catch (err) {
      if (this.#db.inTransaction) this.#db.exec("ROLLBACK");
      throw err;
    }
  }

  #prepare(sql: string): Prepared {
    const cached = this.#cache.get(sql);
    if (cached) return cached;
    const stmt = this.#db.prepare(sql);
    const columns = stmt.reader ? stmt.columns().map((c: { name: string }) => c.name) : null;
    if (columns) stmt.raw(true);
    const prepared = { stmt, columns, rowProto: columns && rowPrototype(columns.length) };
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.delete(this.#cache.keys().next().value as string);
    this.#cache.set(sql, prepared);
    return prepared;
  }

  #run(stmt: { sql: string; args?: unknown }): ResultSet {
    if (this.closed) throw new Error("The database client is closed");
    const args = Array.isArray(stmt.args) ? stmt.args.map(toSql) : [];
    const { stmt: prepared, columns, rowProto } = this.#prepare(stmt.sql);
    if (!columns || !rowProto) {
      const info = prepared.run(args);
      return resultSet([], [], info.changes, BigInt(info.lastInsertRowid));
    }
    const rows = (prepared.all(args) as Value[][]).map((values) => toRow(values.map(fromSql), columns, rowProto));
    return resultSet(columns, rows, 0, undefined);
  }
}

function resultSet(columns: string[], rows: Row[], rowsAffected: number, lastInsertRowid: bigint | undefined) {
  return {
    columns,
    columnTypes: columns.map(() => ""),
    rows,
    rowsAffected,
    lastInsertRowid,
    toJSON: () => ({ columns, rows, rowsAffected, lastInsertRowid: lastInsertRowid?.toString() ?? null }),
  } as ResultSet;
}

// A row as @libsql/client gives it: named columns are its own enumerable keys (the first wins
// when a join repeats a name), positions are read by index, as Drizzle's mapper does.
function rowPrototype(length: number) {
  const proto: PropertyDescriptorMap = { length: { value: length } };
  for (let i = 0; i < length; i++)
    proto[i] = {
      get(this: { [VALUES]: unknown[] }) {
        return this[VALUES][i];
      },
    };
  return Object.create(Object.prototype, proto) as object;
}

function toRow(values: unknown[], columns: string[], proto: object): Row {
  const row = Object.create(proto) as Record<string | symbol, unknown>;
  Object.defineProperty(row, VALUES, { value: values });
  for (let i = 0; i < columns.length; i++) if (!Object.hasOwn(row, columns[i]!)) row[columns[i]!] = values[i];
  return row as unknown as Row;
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
