// Kiosk meal orders per second through the full HTTP stack (the real app on @hono/node-server on a
// loopback port, a libSQL file, every middleware) against the raw rate of the statement that
// dominates an order, the booking engine's capacity INSERT … SELECT, in the same run on the same
// database. The load generator runs in a child process (keep-alive http.Agent, bounded in count and
// time) so it does not share the server's event loop. Goals (issue 4): HTTP ≥ 0.5× raw, p99 ≤ 50 ms
// at 50 connections. Then one request at a time with every SQL statement timed: where an order goes.
//   npx tsx bench/canteen-orders.ts        (ORDERS=5000 CONNECTIONS=50 by default)
import { serve } from "@hono/node-server";
import type { Client } from "@libsql/client";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../api/app";
import { bookingStatement } from "../api/booking/book";
import { parseConfig } from "../api/env";
import { manualClock } from "../api/shared/clock";
import { randomToken } from "../api/shared/crypto";
import { zonedInstant } from "../api/shared/time";
import type { Db } from "../db/client";
import { createNodeDb } from "../db/node-db";
import { migrateDb } from "../db/migrate";
import * as t from "../db/schema";
import { makeCanteen, makeCommunity, makeKiosk } from "../tests/support/factories";
import { makeDiners, type Session } from "./support/canteen-diners";
import { fire, percentile, type LoadRequest } from "./support/http-load";
import { timeStatements } from "./support/time-statements";

const ORDERS = Number(process.env.ORDERS ?? 5000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const WARMUP = 300;
const PROFILED = 200;
const DEADLINE_MS = 45_000; // per phase: a stuck server ends the bench, not the machine
const NOW = "2026-11-23T01:00:00Z"; // 09:00 in Shanghai, before the 10:00 lunch cut-off
const LUNCH = {
  startsAt: zonedInstant("2026-11-23", "11:00", "Asia/Shanghai"),
  endsAt: zonedInstant("2026-11-23", "13:00", "Asia/Shanghai"),
};
const BIG_BUDGET = 1_000_000_000; // budgets stay set (so their trigger runs) but never run out here

const asRequests = (kioskToken: string, sessions: Session[]): LoadRequest[] =>
  sessions.map((s) => ({
    path: "/api/kiosk/canteen/orders",
    headers: { authorization: `Bearer ${kioskToken}`, "x-kiosk-session": s.token },
    body: { sitting: "lunch", payment: s.payment, delivery: false, idempotencyKey: s.key },
  }));
const order = (port: number, kioskToken: string, sessions: Session[], connections: number) =>
  fire(port, asRequests(kioskToken, sessions), connections, DEADLINE_MS);

/** The raw statement, `connections` awaits at a time over `count` distinct holders. */
async function rawBookings(
  db: Db,
  clock: ReturnType<typeof manualClock>,
  resourceId: string,
  communityId: string,
  count: number,
  connections: number,
) {
  let next = 0;
  const ms: number[] = [];
  const started = performance.now();
  const loop = async () => {
    while (next < count && performance.now() - started < DEADLINE_MS) {
      const i = next++;
      const t0 = performance.now();
      await bookingStatement(
        { db, clock },
        {
          communityId,
          resourceId,
          holder: { kind: "resident", id: crypto.randomUUID() },
          ...LUNCH,
          holderLimit: "none",
          timeZone: "Asia/Shanghai",
          idempotencyKey: `raw:${i}:${resourceId}`,
        },
        crypto.randomUUID(),
      );
      ms.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return { elapsed: performance.now() - started, ms, done: ms.length };
}

const dir = mkdtempSync(join(tmpdir(), "linli-bench-"));
const db = createNodeDb({ url: `file:${join(dir, "bench.db")}` });
const server = { close: () => {} };
try {
  await migrateDb(db);
  const clock = manualClock(NOW);
  const config = parseConfig({ LINLI_SEED: "none", LINLI_DATA_KEY: randomToken(32) });
  const budgets = {
    street_elderly_meal: BIG_BUDGET,
    civil_affairs_elderly: BIG_BUDGET,
    civil_affairs_low_income: BIG_BUDGET,
  };
  const community = await makeCommunity(db);
  await makeCanteen(db, community, { lunchCapacity: 100_000, budgets });
  const kiosk = await makeKiosk(db, community);
  const setupStarted = performance.now();
  const diners = await makeDiners(db, community, kiosk.id, WARMUP + ORDERS + PROFILED, new Date(NOW));
  const [warm, measured, profiled] = [
    diners.slice(0, WARMUP),
    diners.slice(WARMUP, WARMUP + ORDERS),
    diners.slice(WARMUP + ORDERS),
  ];
  // The raw statement gets sittings of its own in another community, so each run starts empty like the HTTP one.
  const other = await makeCommunity(db);
  const rawSittings = Array.from({ length: 3 }, (_, i) => ({
    id: crypto.randomUUID(),
    communityId: other.id,
    facilityId: other.facilityId,
    kind: "sitting" as const,
    label: `raw-${i}`,
    capacity: 100_000,
    attributes: { start: "11:00", end: "13:00", orderCutoff: "10:00" },
    createdAt: new Date(NOW),
  }));
  await db.insert(t.resources).values(rawSittings);
  console.log(
    `setup: ${diners.length} residents with kiosk sessions in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
  );

  const app = createApp(() => ({ db, clock, config }));
  const listening = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  server.close = () => listening.close();
  if (!listening.listening) await once(listening, "listening");
  const { port } = listening.address() as AddressInfo;

  await rawBookings(db, clock, rawSittings[0]!.id, other.id, WARMUP, 1);
  const rawSeq = await rawBookings(db, clock, rawSittings[1]!.id, other.id, ORDERS, 1);
  const rawConc = await rawBookings(db, clock, rawSittings[2]!.id, other.id, ORDERS, CONNECTIONS);
  await order(port, kiosk.token, warm, 10);
  const http = await order(port, kiosk.token, measured, CONNECTIONS);

  const client = (db as unknown as { $client: Client }).$client;
  const timing = timeStatements(client);
  const one = await order(port, kiosk.token, profiled, 1);
  timing.restore();

  const ok = http.statuses["200"] ?? 0;
  const [placed] = await db.all<{ n: number }>(
    `SELECT count(*) AS n FROM meal_orders WHERE community_id = '${community.id}'`,
  );
  const [overdrawn] = await db.all<{ n: number }>(
    `SELECT count(*) AS n FROM (SELECT resident_id FROM meal_card_entries GROUP BY resident_id HAVING sum(amount_fen) < 0)`,
  );
  const rate = (n: number, ms: number) => (n / ms) * 1000;
  const rawSeqRate = rate(rawSeq.done, rawSeq.elapsed);
  const rawConcRate = rate(rawConc.done, rawConc.elapsed);
  const httpRate = rate(ok, http.elapsed);
  const line = (name: string, perSecond: number, ms: number[]) =>
    console.log(
      `${name.padEnd(48)} ${perSecond.toFixed(0).padStart(6)} /s   p50 ${percentile(ms, 0.5).toFixed(2).padStart(6)} ms  p95 ${percentile(ms, 0.95).toFixed(2).padStart(6)} ms  p99 ${percentile(ms, 0.99).toFixed(2).padStart(6)} ms`,
    );

  const [journal] = await db.all<{ journal_mode: string }>("PRAGMA journal_mode");
  console.log(
    `\nCanteen orders, up to ${ORDERS} per phase (each phase stops after ${DEADLINE_MS / 1000} s), libSQL file on ${tmpdir()} (journal ${journal?.journal_mode}), Node ${process.version}, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")} on ${availableParallelism()} cores`,
  );
  line(`raw bookingStatement, sequential (${rawSeq.done})`, rawSeqRate, rawSeq.ms);
  line(`raw bookingStatement, ${CONNECTIONS} at a time (${rawConc.done})`, rawConcRate, rawConc.ms);
  line(`HTTP POST /canteen/orders, ${CONNECTIONS} conns (${http.ms.length})`, httpRate, http.ms);
  line("HTTP, 1 connection (statements timed)", rate(profiled.length, one.elapsed), one.ms);
  console.log(
    `statuses ${JSON.stringify(http.statuses)}${http.samples.length ? `  e.g. ${http.samples.join(" | ")}` : ""}; meal_orders ${placed?.n}; overdrawn cards ${overdrawn?.n}`,
  );

  const raw = Math.max(rawSeqRate, rawConcRate);
  const ratio = httpRate / raw;
  const p99 = percentile(http.ms, 0.99);
  console.log(`\nHTTP / raw = ${ratio.toFixed(3)}× (goal ≥ 0.5×): ${ratio >= 0.5 ? "met" : "MISSED"}`);
  console.log(
    `p99 at ${CONNECTIONS} connections = ${p99.toFixed(1)} ms (goal ≤ 50 ms): ${p99 <= 50 ? "met" : "MISSED"}`,
  );
  // Closed loop: every connection waits for its answer, so mean latency ≈ connections / throughput.
  console.log(
    `(${CONNECTIONS} closed-loop connections: mean latency ≥ ${CONNECTIONS} / rate = ${((CONNECTIONS / httpRate) * 1000).toFixed(0)} ms here; p99 ≤ 50 ms needs ≳ ${Math.round(CONNECTIONS / 0.05)} orders/s)`,
  );

  const perRequest = one.elapsed / profiled.length;
  const rows = [...timing.table.entries()].sort((a, b) => b[1].ms - a[1].ms);
  const sqlMs = rows.reduce((sum, [, r]) => sum + r.ms, 0) / profiled.length;
  console.log(
    `\nOne order at a time: ${perRequest.toFixed(2)} ms per request, of which SQL ${sqlMs.toFixed(2)} ms in ${(rows.reduce((s, [, r]) => s + r.n, 0) / profiled.length).toFixed(1)} calls; the rest is JS (HTTP, Hono, zod, Drizzle, hashing)`,
  );
  console.log("per request   calls  statement");
  for (const [sqlText, r] of rows.slice(0, 24))
    console.log(
      `${(r.ms / profiled.length).toFixed(3).padStart(8)} ms ${(r.n / profiled.length).toFixed(2).padStart(6)}  ${sqlText}`,
    );
} finally {
  server.close();
  (db as unknown as { $client: Client }).$client.close();
  rmSync(dir, { recursive: true, force: true });
}
