import type { Client, InArgs, InStatement, ResultSet, Row } from "@libsql/client";
import { NativeConnection, type RawResult, type Statement } from "./native-connection";
import { inlineWriter, threadWriter, type Writer } from "./native-writer";

// A libSQL file through the native driver, shaped as the part of @libsql/client that Drizzle calls.
// Why not @libsql/client for a file: it prepares every statement again on every call (a tenth of
// an order's CPU), and it fans concurrent calls out to up to 20 connections, each with a cold page
// cache that every other connection's commit invalidates, and each with its own per-connection
// settings. Here reads go through one connection, its settings applied to it, each SQL text
// prepared once; writes go to the Writer, which commits them in groups.

const VALUES = Symbol("values");
const WRITE = /^\s*(insert|update|delete|replace)\b/i;
const READ = /^\s*select\b/i;

/**
 * `writer: "thread"` (the server's) commits on a thread of its own, so the event loop serves
 * requests while the disk syncs; "inline" (tests, tools) commits on the calling thread.
 */
export function createNativeClient(path: string, { writer = "inline" }: { writer?: "thread" | "inline" } = {}): Client {
  const reader = new NativeConnection(path);
  return new NativeClient(reader, writer === "thread" ? threadWriter(path) : inlineWriter(reader)) as unknown as Client;
}

class NativeClient {
  readonly protocol = "file";
  closed = false;
  readonly #reader: NativeConnection;
  readonly #writer: Writer;

  constructor(reader: NativeConnection, writer: Writer) {
    this.#reader = reader;
    this.#writer = writer;
  }

  async execute(stmt: InStatement, args?: unknown[]): Promise<ResultSet> {
    const one: InStatement = typeof stmt === "string" ? { sql: stmt, args: (args ?? []) as InArgs } : stmt;
    // A write on its own (a claim's answer, a session's touch) would be a transaction and a disk
    // sync of its own; it joins the next group commit instead.
    if (WRITE.test(one.sql)) return (await this.batch([one]))[0]!;
    this.#open();
    return resultSet(this.#reader.run(statement(one)));
  }

  /** All statements atomically: each lands or none does, answered once durable; reads only, from one snapshot. */
  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    this.#open();
    const batch = stmts.map(statement);
    // A batch of reads needs no writer, only a consistent view: it is read here, not sent to commit.
    if (batch.every((s) => READ.test(s.sql))) return this.#reader.readTogether(batch).map(resultSet);
    return (await this.#writer.write(batch)).map(resultSet);
  }

  /** Drizzle's migrator: like a batch, with foreign keys off while tables are rebuilt. */
  async migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    this.#open();
    return this.#reader.migrate(stmts.map(statement)).map(resultSet);
  }

  async executeMultiple(sql: string): Promise<void> {
    this.#open();
    this.#reader.exec(sql);
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
    this.#writer.close();
    this.#reader.close();
  }

  #open() {
    if (this.closed) throw new Error("The database client is closed");
  }
}

const statement = (s: InStatement): Statement =>
  typeof s === "string" ? { sql: s, args: [] } : { sql: s.sql, args: Array.isArray(s.args) ? s.args : [] };

function resultSet({ columns, rows, rowsAffected, lastInsertRowid }: RawResult): ResultSet {
  const proto = rowPrototype(columns.length);
  const shaped = rows.map((values) => toRow(values, columns, proto));
  return {
    columns,
    columnTypes: columns.map(() => ""),
    rows: shaped,
    rowsAffected,
    lastInsertRowid: lastInsertRowid ?? undefined,
    toJSON: () => ({ columns, rows: shaped, rowsAffected, lastInsertRowid: lastInsertRowid?.toString() ?? null }),
  } as ResultSet;
}

// A row as @libsql/client gives it: named columns are its own enumerable keys (the first wins
// when a join repeats a name), positions are read by index, as Drizzle's mapper does.
const prototypes = new Map<number, object>();
function rowPrototype(length: number) {
  const known = prototypes.get(length);
  if (known) return known;
  const proto: PropertyDescriptorMap = { length: { value: length } };
  for (let i = 0; i < length; i++)
    proto[i] = {
      get(this: { [VALUES]: unknown[] }) {
        return this[VALUES][i];
      },
    };
  const made = Object.create(Object.prototype, proto) as object;
  prototypes.set(length, made);
  return made;
}

function toRow(values: unknown[], columns: string[], proto: object): Row {
  const row = Object.create(proto) as Record<string | symbol, unknown>;
  Object.defineProperty(row, VALUES, { value: values });
  for (let i = 0; i < columns.length; i++) if (!Object.hasOwn(row, columns[i]!)) row[columns[i]!] = values[i];
  return row as unknown as Row;
}
