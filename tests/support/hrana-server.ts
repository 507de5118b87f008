import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
// libsql is @libsql/client's own engine (its file: driver), used here directly for one synchronous
// connection that keeps a BEGIN … COMMIT across the steps of a batch, as sqld's streams do.
import Database from "libsql";

type InValue = null | bigint | number | string | Buffer;

// sqld (the libSQL server behind Turso) ships no npm binary, so tests that need "Turso over HTTP"
// offline get this: the parts of the Hrana 2 JSON protocol that @libsql/client's HTTP client uses
// (POST /v2/pipeline with execute, batch with step conditions, close), answered by a real libSQL
// file. It is a stand-in for the server, not for our code: the app, drizzle and the client are real.

type Value =
  | { type: "null" }
  | { type: "integer"; value: string }
  | { type: "float"; value: number }
  | { type: "text"; value: string }
  | { type: "blob"; base64: string };
type Stmt = { sql?: string; sql_id?: number; args?: Value[]; named_args?: { name: string; value: Value }[] };
type Cond =
  | { type: "ok" | "error"; step: number }
  | { type: "not"; cond: Cond }
  | { type: "and" | "or"; conds: Cond[] }
  | { type: "is_autocommit" };
type Req =
  | { type: "execute"; stmt: Stmt }
  | { type: "batch"; batch: { steps: { stmt: Stmt; condition?: Cond | null }[] } }
  | { type: "close" }
  | { type: "store_sql"; sql_id: number; sql: string }
  | { type: "close_sql"; sql_id: number }
  | { type: "get_autocommit" };

const fromValue = (v: Value): InValue => {
  switch (v.type) {
    case "null":
      return null;
    case "integer":
      return BigInt(v.value);
    case "float":
    case "text":
      return v.value;
    case "blob":
      return Buffer.from(v.base64, "base64");
  }
};

const toValue = (v: unknown): Value => {
  if (v === null || v === undefined) return { type: "null" };
  if (typeof v === "bigint") return { type: "integer", value: v.toString() };
  if (typeof v === "number") return { type: "float", value: v };
  if (typeof v === "string") return { type: "text", value: v };
  return { type: "blob", base64: Buffer.from(v as Uint8Array).toString("base64") };
};

type StmtResult = {
  cols: { name: string; decltype: string | null }[];
  rows: Value[][];
  affected_row_count: number;
  last_insert_rowid: string | null;
};

/** A libSQL server on 127.0.0.1 over a file; `statements` records every SQL text it ran. */
export async function startHranaServer(file: string) {
  const db = new Database(file);
  const statements: string[] = [];
  // The client stores a text it sends more than once and then names it by id (store_sql).
  const stored = new Map<number, string>();

  const run = (stmt: Stmt): StmtResult => {
    const text = stmt.sql ?? stored.get(stmt.sql_id!);
    if (text === undefined) throw new Error(`No SQL text stored as ${stmt.sql_id}`);
    statements.push(text);
    const prepared = db.prepare(text).safeIntegers(true);
    const args = stmt.named_args?.length
      ? [Object.fromEntries(stmt.named_args.map((a) => [a.name.replace(/^[:@$]/, ""), fromValue(a.value)]))]
      : (stmt.args ?? []).map(fromValue);
    if (!prepared.reader) {
      const done = prepared.run(...args);
      return { cols: [], rows: [], affected_row_count: done.changes, last_insert_rowid: String(done.lastInsertRowid) };
    }
    const cols = prepared.columns().map((c) => ({ name: c.name, decltype: c.type }));
    const rows = (prepared.raw(true).all(...args) as unknown[][]).map((row) => row.map(toValue));
    return { cols, rows, affected_row_count: 0, last_insert_rowid: null };
  };
  const failure = (err: unknown) => ({
    message: (err as Error).message,
    code: (err as { code?: string }).code ?? "UNKNOWN",
  });

  function handle(req: Req) {
    if (req.type === "close") return { type: "close" };
    if (req.type === "store_sql") {
      stored.set(req.sql_id, req.sql);
      return { type: "store_sql" };
    }
    if (req.type === "close_sql") {
      stored.delete(req.sql_id);
      return { type: "close_sql" };
    }
    if (req.type === "get_autocommit") return { type: "get_autocommit", is_autocommit: !db.inTransaction };
    if (req.type === "execute") return { type: "execute", result: run(req.stmt) };
    const results: (StmtResult | null)[] = [];
    const errors: (ReturnType<typeof failure> | null)[] = [];
    const holds = (c: Cond): boolean => {
      switch (c.type) {
        case "ok":
          return results[c.step] != null;
        case "error":
          return errors[c.step] != null;
        case "not":
          return !holds(c.cond);
        case "and":
          return c.conds.every(holds);
        case "or":
          return c.conds.some(holds);
        case "is_autocommit":
          return !db.inTransaction;
      }
    };
    for (const [i, step] of req.batch.steps.entries()) {
      [results[i], errors[i]] = [null, null];
      if (step.condition && !holds(step.condition)) continue;
      try {
        results[i] = run(step.stmt);
      } catch (err) {
        errors[i] = failure(err);
      }
    }
    return { type: "batch", result: { step_results: results, step_errors: errors } };
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    // Synchronous from here to the answer, so one pipeline runs at a time on the one connection.
    req.on("end", () => {
      if (req.method !== "POST" || req.url !== "/v2/pipeline") return void res.writeHead(404).end();
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { requests: Req[] };
      const results = body.requests.map((r) => {
        try {
          return { type: "ok", response: handle(r) };
        } catch (err) {
          return { type: "error", error: failure(err) };
        }
      });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ baton: null, base_url: null, results }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    statements,
    db,
    stop: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          db.close();
          resolve();
        }),
      ),
  };
}
