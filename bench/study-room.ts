// Study-seat bookings per second through the full HTTP stack (the real app on @hono/node-server on
// a loopback port, a libSQL file in WAL like api/node.ts, kiosk and session guards, the room's
// rules, the engine's INSERT … SELECT with capacity, bans, one seat a person and allowances)
// against the raw rate of that statement in the same run on the same database. Every booking is
// its own person on its own seat and hour, so they all succeed and none waits on another. Then a
// year of generated history for 24 seats and the admin utilisation heatmap over it.
//   npx tsx bench/study-room.ts        (BOOKINGS=4000 CONNECTIONS=50 by default)
import { serve } from "@hono/node-server";
import type { Client } from "@libsql/client";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../api/app";
import { bookingStatement } from "../api/booking/book";
import { allowanceFor, loadPolicy } from "../api/booking/policy";
import { parseConfig } from "../api/env";
import { manualClock } from "../api/shared/clock";
import { randomToken } from "../api/shared/crypto";
import { addDays, zonedInstant } from "../api/shared/time";
import { studyUtilisation } from "../api/study-room/admin/utilisation";
import { minutesByHour } from "../api/study-room/utilisation-grid";
import type { Db } from "../db/client";
import { createNodeDb } from "../db/node-db";
import { migrateDb } from "../db/migrate";
import { makeCommunity, makeKiosk, makeStudyRoom } from "../tests/support/factories";
import { fire, percentile, type LoadRequest } from "./support/http-load";
import { makeBigRoom, makeStudents, seatHours, type SeatHour } from "./support/study-bookings";
import { generateStudyYear } from "./support/study-year";
import { timeStatements } from "./support/time-statements";

const BOOKINGS = Number(process.env.BOOKINGS ?? 4000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const WARMUP = 300;
const PROFILED = 200;
const SEATS = 100; // × 14 hours × 4 bookable dates = 5,600 distinct seat-hours per room
const DEADLINE_MS = 45_000; // per phase: a stuck server ends the bench, not the machine
const TZ = "Asia/Shanghai";
const NOW = "2026-11-23T23:30:00Z"; // 07:30 on Tuesday 24 November in Shanghai, before the room opens
const DATES = ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]; // today and the policy's 3 days ahead
const YEAR = { from: "2025-11-24", to: "2026-11-23", days: 365, seats: 24 };
const RUNS = 5;

/** The room's own statement, `connections` awaits at a time, each booking a new person. */
async function rawBookings(
  db: Db,
  clock: ReturnType<typeof manualClock>,
  room: { facilityId: string; communityId: string },
  hours: SeatHour[],
  connections: number,
) {
  const { policy } = (await loadPolicy({ db }, { facilityId: room.facilityId }))!;
  let next = 0;
  const ms: number[] = [];
  const started = performance.now();
  const loop = async () => {
    while (next < hours.length && performance.now() - started < DEADLINE_MS) {
      const { seatId, startsAt, endsAt } = hours[next++]!;
      const t0 = performance.now();
      await bookingStatement(
        { db, clock },
        {
          communityId: room.communityId,
          resourceId: seatId,
          holder: { kind: "resident", id: crypto.randomUUID() },
          startsAt,
          endsAt,
          holderLimit: "facility",
          timeZone: TZ,
          allowance: allowanceFor(policy, startsAt, TZ),
          idempotencyKey: crypto.randomUUID(),
        },
        crypto.randomUUID(),
      );
      ms.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return { elapsed: performance.now() - started, ms, done: ms.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rate = (n: number, ms: number) => (n / ms) * 1000;
const line = (name: string, perSecond: number, ms: number[]) =>
  console.log(
    `${name.padEnd(50)} ${perSecond.toFixed(0).padStart(6)} /s   p50 ${percentile(ms, 0.5).toFixed(2).padStart(6)} ms  p95 ${percentile(ms, 0.95).toFixed(2).padStart(6)} ms  p99 ${percentile(ms, 0.99).toFixed(2).padStart(6)} ms`,
  );

const dir = mkdtempSync(join(tmpdir(), "linli-bench-"));
const db = createNodeDb({ url: `file:${join(dir, "bench.db")}` });
const client = (db as unknown as { $client: Client }).$client;
const server = { close: () => {} };
try {
  if (process.env.JOURNAL !== "delete") await db.run("PRAGMA journal_mode = WAL");
  await migrateDb(db);
  const clock = manualClock(NOW);
  const config = parseConfig({ LINLI_SEED: "none", LINLI_DATA_KEY: randomToken(32) });

  const setupStarted = performance.now();
  const community = await makeCommunity(db);
  const room = await makeBigRoom(db, community.id, SEATS);
  const kiosk = await makeKiosk(db, { id: community.id, facilityId: room.facilityId });
  const tokens = await makeStudents(db, community.id, kiosk.id, WARMUP + BOOKINGS + PROFILED, new Date(NOW));
  const headers = (token: string) => ({ authorization: `Bearer ${kiosk.token}`, "x-kiosk-session": token });
  const requests: LoadRequest[] = seatHours(
    room.seats.map((s) => s.id),
    DATES,
    TZ,
    WARMUP + BOOKINGS + PROFILED,
  ).map((h, i) => ({
    path: "/api/kiosk/study-room/bookings",
    headers: headers(tokens[i]!),
    body: {
      seatId: h.seatId,
      startsAt: h.startsAt.toISOString(),
      endsAt: h.endsAt.toISOString(),
      idempotencyKey: crypto.randomUUID(),
    },
  }));
  // The raw statement gets rooms of its own (one a community), so each run starts as empty as the HTTP one.
  const rawRoom = async () => {
    const { id } = await makeCommunity(db);
    const r = await makeBigRoom(db, id, SEATS);
    return { communityId: id, facilityId: r.facilityId, seatIds: r.seats.map((s) => s.id) };
  };
  const [rawWarm, rawSeqRoom, rawConcRoom] = [await rawRoom(), await rawRoom(), await rawRoom()];
  console.log(
    `setup: ${tokens.length} students with kiosk sessions, 4 rooms of ${SEATS} seats in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
  );

  const app = createApp(() => ({ db, clock, config }));
  const listening = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  server.close = () => listening.close();
  if (!listening.listening) await once(listening, "listening");
  const { port } = listening.address() as AddressInfo;

  await rawBookings(db, clock, rawWarm, seatHours(rawWarm.seatIds, DATES, TZ, WARMUP), 1);
  const rawSeq = await rawBookings(db, clock, rawSeqRoom, seatHours(rawSeqRoom.seatIds, DATES, TZ, BOOKINGS), 1);
  const rawConc = await rawBookings(
    db,
    clock,
    rawConcRoom,
    seatHours(rawConcRoom.seatIds, DATES, TZ, BOOKINGS),
    CONNECTIONS,
  );
  await fire(port, requests.slice(0, WARMUP), 10, DEADLINE_MS);
  const http = await fire(port, requests.slice(WARMUP, WARMUP + BOOKINGS), CONNECTIONS, DEADLINE_MS);
  const timing = timeStatements(client);
  const one = await fire(port, requests.slice(WARMUP + BOOKINGS), 1, DEADLINE_MS);
  timing.restore();

  const ok = http.statuses["200"] ?? 0;
  const [written] = await db.all<{ n: number }>(
    `SELECT count(*) AS n FROM bookings WHERE facility_id = '${room.facilityId}'`,
  );
  const [doubled] = await db.all<{
    n: number;
  }>(`SELECT count(*) AS n FROM bookings a JOIN bookings b ON a.resource_id = b.resource_id AND a.id < b.id
    AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at WHERE a.facility_id = '${room.facilityId}'`);
  const [journal] = await db.all<{ journal_mode: string }>("PRAGMA journal_mode");
  const rawSeqRate = rate(rawSeq.done, rawSeq.elapsed);
  const rawConcRate = rate(rawConc.done, rawConc.elapsed);
  const httpRate = rate(ok, http.elapsed);
  console.log(
    `\nStudy-seat bookings, up to ${BOOKINGS} per phase (each stops after ${DEADLINE_MS / 1000} s), ${SEATS} seats, libSQL file on ${tmpdir()} (journal ${journal?.journal_mode}), Node ${process.version}, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")} on ${availableParallelism()} cores`,
  );
  line(`raw bookingStatement, sequential (${rawSeq.done})`, rawSeqRate, rawSeq.ms);
  line(`raw bookingStatement, ${CONNECTIONS} at a time (${rawConc.done})`, rawConcRate, rawConc.ms);
  line(`HTTP POST /study-room/bookings, ${CONNECTIONS} conns (${http.ms.length})`, httpRate, http.ms);
  console.log(
    `statuses ${JSON.stringify(http.statuses)}${http.samples.length ? `  e.g. ${http.samples.join(" | ")}` : ""}; bookings written in all HTTP phases ${written?.n} of ${requests.length} requests; overlapping pairs on a seat ${doubled?.n}`,
  );
  const best = Math.max(rawSeqRate, rawConcRate);
  console.log(
    `HTTP / raw = ${(httpRate / best).toFixed(3)}× (raw = the faster of the two raw runs, ${best.toFixed(0)} /s)`,
  );
  const rows = [...timing.table.entries()].sort((a, b) => b[1].ms - a[1].ms);
  const perRequest = one.elapsed / PROFILED;
  const sqlPerRequest = rows.reduce((sum, [, r]) => sum + r.ms, 0) / PROFILED;
  console.log(
    `\nOne booking at a time: ${perRequest.toFixed(2)} ms per request (${JSON.stringify(one.statuses)}), of which SQL ${sqlPerRequest.toFixed(2)} ms in ${(rows.reduce((s, [, r]) => s + r.n, 0) / PROFILED).toFixed(1)} calls; the rest is JS (HTTP, Hono, zod, Drizzle, hashing, the room's rules)`,
  );
  console.log("per request   calls  statement");
  for (const [sqlText, r] of rows.slice(0, 12))
    console.log(
      `${(r.ms / PROFILED).toFixed(3).padStart(8)} ms ${(r.n / PROFILED).toFixed(2).padStart(6)}  ${sqlText}`,
    );

  // A year of history in its own community, then the heatmap staff open.
  const yearCommunity = await makeCommunity(db);
  const yearRoom = await makeStudyRoom(db, yearCommunity.id, YEAR.seats);
  const firstOpening = zonedInstant(YEAR.from, "08:00", TZ).getTime();
  const generatedStarted = performance.now();
  const byStatus = await generateStudyYear(
    db,
    { communityId: yearCommunity.id, facilityId: yearRoom.facilityId, seatIds: yearRoom.seats.map((s) => s.id) },
    firstOpening,
    YEAR.days,
  );
  const total = byStatus.reduce((sum, r) => sum + r.n, 0);
  console.log(
    `\nA year of history: ${total} bookings on ${YEAR.seats} seats over ${YEAR.days} days (${(total / YEAR.seats / YEAR.days).toFixed(1)} a seat a day; ${byStatus.map((r) => `${r.status} ${r.n}`).join(", ")}) generated in ${((performance.now() - generatedStarted) / 1000).toFixed(1)} s`,
  );
  if (addDays(YEAR.from, YEAR.days - 1) !== YEAR.to) throw new Error("YEAR.to is not the last generated day");

  const runs: number[] = [];
  let heatmap: Awaited<ReturnType<typeof studyUtilisation>> | undefined;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    heatmap = await studyUtilisation({ db, clock }, { communityId: yearCommunity.id, from: YEAR.from, to: YEAR.to });
    runs.push(performance.now() - started);
  }
  const heatmapTiming = timeStatements(client);
  const profiledStarted = performance.now();
  await studyUtilisation({ db, clock }, { communityId: yearCommunity.id, from: YEAR.from, to: YEAR.to });
  const profiled = performance.now() - profiledStarted;
  heatmapTiming.restore();
  const open = heatmap!.cells.filter((c) => c.ratio !== null);
  const busiest = open.reduce((a, b) => (b.ratio! > a.ratio! ? b : a));
  console.log(
    `studyUtilisation(${YEAR.from} … ${YEAR.to}): median ${median(runs).toFixed(0)} ms of ${RUNS} (${runs.map((r) => r.toFixed(0)).join(", ")})`,
  );
  console.log(
    `  ${heatmap!.cells.length} cells, ${open.length} open; mean ratio ${(open.reduce((s, c) => s + c.ratio!, 0) / open.length).toFixed(2)}, busiest weekday ${busiest.weekday} ${busiest.hour}:00 at ${busiest.ratio!.toFixed(2)}; used ${heatmap!.usedMinutes} seat-minutes, no-shows ${heatmap!.noShowMinutes}`,
  );
  const sqlMs = [...heatmapTiming.table.values()].reduce((s, r) => s + r.ms, 0);
  console.log(
    `  one more run, statements one after another: ${profiled.toFixed(0)} ms, of which SQL ${sqlMs.toFixed(0)} ms; the rest is JS (rows to Dates, bucketing by weekday and hour)`,
  );
  for (const [sqlText, r] of [...heatmapTiming.table.entries()].sort((a, b) => b[1].ms - a[1].ms))
    console.log(`  ${r.ms.toFixed(1).padStart(8)} ms ${String(r.n).padStart(3)}×  ${sqlText}`);
  // The JS side on its own: the grid bucketing over as many ranges as the heatmap's query returns.
  const ranges = (
    await db.all<{ s: number; e: number }>(`SELECT starts_at AS s, ends_at AS e FROM bookings
    WHERE facility_id = '${yearRoom.facilityId}' AND status IN ('checked_in', 'completed', 'released', 'no_show')`)
  ).map((r) => ({ startsAt: new Date(r.s), endsAt: new Date(r.e) }));
  const bucketing: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    minutesByHour(ranges, TZ);
    bucketing.push(performance.now() - started);
  }
  console.log(
    `  minutesByHour alone over ${ranges.length} ranges: median ${median(bucketing).toFixed(0)} ms of ${RUNS} (${bucketing.map((r) => r.toFixed(0)).join(", ")})`,
  );
} finally {
  server.close();
  client.close();
  rmSync(dir, { recursive: true, force: true });
}
