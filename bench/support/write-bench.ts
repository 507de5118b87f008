// What the write benches (bench/orders.ts, bench/seat-bookings.ts) share: a phase measured in
// CPU and latency, the raw baseline (the app's own statements as prepared statements on a native
// connection of its own, one write or a group per commit), and the table they print.
import Database from "libsql";
import { serve, type ServerType } from "@hono/node-server";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../../api/app";
import { parseConfig } from "../../api/env";
import type { Clock } from "../../api/shared/clock";
import { createConfigCache } from "../../api/shared/config-cache";
import { randomToken } from "../../api/shared/crypto";
import { migrateDb } from "../../db/migrate";
import { createDb, type Db } from "../../db/client";
import { createNodeDb } from "../../db/node-db";
import { fire, type LoadRequest, percentile } from "./http-load";
import { mainThreadCpuMs } from "./proc-cpu";

export type Row = {
  name: string;
  done: number;
  elapsed: number;
  cpuMs: number;
  mainMs: number;
  ms: number[];
  note?: string;
};
export type Statement = { sql: string; params: unknown[] };

/**
 * A phase's writes, wall time, this process's CPU (user + system, every thread), its main thread's
 * alone (the event loop, which serves every request), and each write's latency.
 */
export async function measured(
  name: string,
  run: () => Promise<{ ok: number; ms: number[]; note?: string }>,
): Promise<Row> {
  const [cpu, main] = [process.cpuUsage(), mainThreadCpuMs()];
  const started = performance.now();
  const { ok, ms, note } = await run();
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return {
    name,
    done: ok,
    elapsed,
    cpuMs: (used.user + used.system) / 1000,
    mainMs: mainThreadCpuMs() - main,
    ms,
    note,
  };
}

/**
 * Runs writes on a native connection of its own: `group` writes per commit, a savepoint each. A
 * write is done when its statement at `actedAt` changed a row (`.at()`: -2 is the answer stored in
 * an app's whole batch, whose last statement reads the claim back).
 */
export function rawRun(path: string, writes: Statement[][], group: number, actedAt = 0) {
  const native = new Database(path);
  native.exec("PRAGMA synchronous = FULL");
  native.exec("PRAGMA busy_timeout = 5000");
  const cache = new Map<string, ReturnType<typeof native.prepare>>();
  const prepared = (sql: string) => cache.get(sql) ?? cache.set(sql, native.prepare(sql)).get(sql)!;
  const ms: number[] = [];
  let ok = 0;
  for (let i = 0; i < writes.length; i += group) {
    const t0 = performance.now();
    const members = writes.slice(i, i + group);
    native.exec("BEGIN IMMEDIATE");
    for (const statements of members) {
      if (group > 1) native.exec("SAVEPOINT w");
      try {
        const results = statements.map((s) => prepared(s.sql).run(s.params));
        if (results.at(actedAt)!.changes === 1) ok++;
        if (group > 1) native.exec("RELEASE w");
      } catch (err) {
        if (group === 1) throw err;
        native.exec("ROLLBACK TO w");
        native.exec("RELEASE w");
      }
    }
    native.exec("COMMIT");
    const took = performance.now() - t0;
    for (const _ of members) ms.push(took); // each caller is answered after its group's commit
  }
  native.close();
  return { ok, ms };
}

/** The table: rate, CPU per write, p50/p99 and the rate against the first row (raw, one per commit). */
export function printTable(title: string, unit: string, rows: Row[]) {
  const raw = rows[0]!.done / rows[0]!.elapsed;
  console.log(
    `\n${title}; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
  );
  console.log(
    `${"path".padEnd(34)} ${unit.padStart(8)} ${"/s".padStart(7)} ${`CPU ms/${unit.replace(/s$/, "")}`.padStart(14)} ${"main ms".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"× raw".padStart(6)}`,
  );
  for (const r of rows) {
    const rate = (r.done / r.elapsed) * 1000;
    console.log(
      `${r.name.padEnd(34)} ${String(r.done).padStart(8)} ${rate.toFixed(0).padStart(7)} ${(r.cpuMs / Math.max(1, r.done)).toFixed(2).padStart(14)} ${(r.mainMs / Math.max(1, r.done)).toFixed(2).padStart(8)} ${percentile(r.ms, 0.5).toFixed(1).padStart(8)} ${percentile(r.ms, 0.99).toFixed(1).padStart(8)} ${(r.done / r.elapsed / raw).toFixed(2).padStart(6)}${r.note ? `  ${r.note}` : ""}`,
    );
  }
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

/** The run's heading (what, Node, cores, the load average at start), then one bench per history size. */
export async function benchEach<T>(title: string, sizes: T[], bench: (size: T) => Promise<void>) {
  console.log(
    `${title}, Node ${process.version}, ${availableParallelism()} cores, ${tmpdir()}; load average at start ${load()}`,
  );
  for (const size of sizes) await bench(size);
}

/**
 * The app's database on the bench's file, opened as the server opens it (api/node.ts: commits on a
 * writer thread). WRITER=inline commits on the event loop instead; DRIVER=client goes through
 * @libsql/client (its connection pool; WAL set as the app did before), to compare.
 */
async function appDb(path: string): Promise<Db> {
  if (process.env.DRIVER !== "client")
    return createNodeDb({ url: `file:${path}` }, { writer: process.env.WRITER === "inline" ? "inline" : "thread" });
  const db = createDb({ url: `file:${path}` });
  await db.run("PRAGMA journal_mode = WAL");
  return db;
}

const DEADLINE_MS = 60_000;

/** The knobs both write benches take: HISTORY=a,b,… sizes of the past, CONNECTIONS, RATE (open loop, per second). */
export const knobs = {
  history: (process.env.HISTORY ?? "0").split(",").map(Number),
  connections: Number(process.env.CONNECTIONS ?? 50),
  rate: Number(process.env.RATE ?? 200),
  /** Writes per commit in the grouped raw phase; the warm-up's and the one-connection phase's writes. */
  group: 50,
  warmup: 300,
  oneByOne: 500,
};

/** An HTTP phase for `measured`: the requests fired at the port; a 200 counts as done, any other answer is noted. */
export const httpPhase =
  (port: number, requests: LoadRequest[], connections: number, perSecond?: number) => async () => {
    const load = await fire(port, requests, connections, DEADLINE_MS, perSecond);
    const refused = Object.keys(load.statuses).some((status) => status !== "200");
    return {
      ok: load.statuses["200"] ?? 0,
      ms: load.ms,
      note: refused ? `${JSON.stringify(load.statuses)} ${load.samples[0]}` : "",
    };
  };

/**
 * One bench run on a fresh migrated file (`prefix` names its folder): `run` sets the scene on `db`,
 * then `serve(clock)` starts the app as api/node.ts does (its configuration cache, every
 * middleware) on a loopback port and gives the port. After it, the server stops, the database
 * closes and the folder goes.
 */
export async function onBenchFile(
  prefix: string,
  run: (bench: { db: Db; path: string; serve(clock: Clock): Promise<number> }) => Promise<void>,
) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const path = join(dir, "bench.db");
  const db = await appDb(path);
  let server: ServerType | undefined;
  try {
    await migrateDb(db);
    await run({
      db,
      path,
      async serve(clock) {
        const config = parseConfig({ LINLI_SEED: "none", LINLI_DATA_KEY: randomToken(32) });
        // One set of deps for every request, as api/node.ts hands them: the caches live across requests.
        const deps = { db, clock, config, configCache: createConfigCache() };
        const app = createApp(() => deps);
        server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
        if (!server.listening) await once(server, "listening");
        return (server.address() as AddressInfo).port;
      },
    });
  } finally {
    server?.close();
    (db as unknown as { $client: { close(): void } }).$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
