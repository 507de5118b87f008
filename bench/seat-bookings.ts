// Study-seat bookings at the speed of the database (issue 15), in the shape of bench/orders.ts: in
// one run and with the durability we ship (WAL, synchronous=FULL),
// - raw: the engine's own booking statement for each booking (api/booking/book.ts, the room's
//   policy and allowances, built before the clock starts) as a cached prepared statement on a
//   native connection of its own, one booking per commit, then 50 per commit (a savepoint each);
// - HTTP: POST /api/kiosk/study-room/bookings on @hono/node-server on a loopback port, every
//   middleware, the idempotency claim and the room's rules, from a load generator in a child
//   process: 1 connection, 50 connections, and open loop 200/s.
// Every booking is its own person on its own seat and hour, so all succeed. HISTORY=0,365 lays
// that many days of past bookings (every seat, 6–10 a day: bench/support/study-year.ts) in the
// HTTP phases' room before the phases. CPU per booking is this process's user+system time over the phase.
//   npx tsx bench/seat-bookings.ts    (HISTORY=0,365 BOOKINGS=1500 CONNECTIONS=50 RATE=200 PROFILE=file.cpuprofile)
import { serve } from "@hono/node-server";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../api/app";
import { bookingStatement } from "../api/booking/book";
import { parseConfig } from "../api/env";
import { manualClock } from "../api/shared/clock";
import { createConfigCache } from "../api/shared/config-cache";
import { randomToken } from "../api/shared/crypto";
import { zonedInstant } from "../api/shared/time";
import { loadStudyRoom } from "../api/study-room/load-study-room";
import { seatBooking } from "../api/study-room/book-seat";
import { migrateDb } from "../db/migrate";
import { makeCommunity, makeKiosk } from "../tests/support/factories";
import { profiled } from "./support/cpu-profile";
import { fire, type LoadRequest } from "./support/http-load";
import { makeBigRoom, makeStudents, seatHours, type SeatHour } from "./support/study-bookings";
import { generateStudyYear } from "./support/study-year";
import { appDb, benchEach, cleanUp, measured, printTable, rawRun, statementOf, type Row } from "./support/write-bench";

const HISTORY = (process.env.HISTORY ?? "0").split(",").map(Number);
const BOOKINGS = Number(process.env.BOOKINGS ?? 1500);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const RATE = Number(process.env.RATE ?? 200);
const GROUP = 50;
const WARMUP = 300;
const ONE_BY_ONE = 500;
const SEATS = 100; // × 14 hours × 4 bookable dates = 5,600 distinct seat-hours a room
const DEADLINE_MS = 60_000;
const TZ = "Asia/Shanghai";
const NOW = "2026-11-23T23:30:00Z"; // 07:30 on Tuesday 24 November in Shanghai, before the room opens
const DATES = ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]; // today and the policy's 3 days ahead
const DAY_MS = 86_400_000;

async function benchAt(historyDays: number) {
  const dir = mkdtempSync(join(tmpdir(), "linli-seats-"));
  const path = join(dir, "bench.db");
  const db = await appDb(path);
  const server = { close: () => {} };
  try {
    await migrateDb(db);
    const clock = manualClock(NOW);
    const config = parseConfig({ LINLI_SEED: "none", LINLI_DATA_KEY: randomToken(32) });
    const setup = performance.now();
    const community = await makeCommunity(db);
    // The HTTP phases share one room; the raw ones get a room each (a community has one), as empty.
    const roomIn = async (communityId: string) => ({ communityId, ...(await makeBigRoom(db, communityId, SEATS)) });
    const [room, rawOneRoom, rawGroupRoom] = [
      await roomIn(community.id),
      await roomIn((await makeCommunity(db)).id),
      await roomIn((await makeCommunity(db)).id),
    ];
    const kiosk = await makeKiosk(db, { id: community.id, facilityId: room.facilityId });
    const http = { warm: WARMUP, one: ONE_BY_ONE, many: BOOKINGS, open: RATE * 10 };
    const total = Object.values(http).reduce((a, b) => a + b);
    const tokens = await makeStudents(db, community.id, kiosk.id, total, new Date(NOW));
    // History in the HTTP phases' room (the generator's ids are the same for every room it fills).
    if (historyDays > 0) {
      const firstOpening = zonedInstant(DATES[0]!, "08:00", TZ).getTime() - historyDays * DAY_MS;
      const seatIds = room.seats.map((s) => s.id);
      await generateStudyYear(
        db,
        { communityId: community.id, facilityId: room.facilityId, seatIds },
        firstOpening,
        historyDays,
      );
    }
    const [past] = await db.all<{ n: number }>("SELECT count(*) AS n FROM bookings");
    const setupS = ((performance.now() - setup) / 1000).toFixed(1);

    // The raw phases' statements, built up front from the room's own policy, each for a new person.
    const raw = async (r: typeof room, count: number) => {
      const studyRoom = await loadStudyRoom({ db, clock }, { communityId: r.communityId });
      return seatHours(
        r.seats.map((s) => s.id),
        DATES,
        TZ,
        count,
      ).map(({ seatId, startsAt, endsAt }) => [
        statementOf(
          bookingStatement(
            { db, clock },
            seatBooking(
              studyRoom,
              seatId,
              { kind: "resident", id: crypto.randomUUID() },
              { startsAt, endsAt },
              crypto.randomUUID(),
            ),
            crypto.randomUUID(),
          ),
        ),
      ]);
    };

    const deps = { db, clock, config, configCache: createConfigCache() }; // as api/node.ts hands the app
    const app = createApp(() => deps);
    const listening = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    server.close = () => listening.close();
    if (!listening.listening) await once(listening, "listening");
    const { port } = listening.address() as AddressInfo;
    const hours = seatHours(
      room.seats.map((s) => s.id),
      DATES,
      TZ,
      total,
    );
    let next = 0;
    const requests = (count: number): LoadRequest[] =>
      hours.slice(next, (next += count)).map((h: SeatHour, i) => ({
        path: "/api/kiosk/study-room/bookings",
        headers: { authorization: `Bearer ${kiosk.token}`, "x-kiosk-session": tokens[next - count + i]! },
        body: {
          seatId: h.seatId,
          startsAt: h.startsAt.toISOString(),
          endsAt: h.endsAt.toISOString(),
          idempotencyKey: crypto.randomUUID(),
        },
      }));
    const phase = (list: LoadRequest[], connections: number, perSecond?: number) => async () => {
      const load = await fire(port, list, connections, DEADLINE_MS, perSecond);
      const ok = load.statuses["200"] ?? 0;
      const refused = Object.entries(load.statuses).some(([s]) => s !== "200");
      return { ok, ms: load.ms, note: refused ? `${JSON.stringify(load.statuses)} ${load.samples[0]}` : "" };
    };

    await phase(requests(http.warm), 10)();
    const rows: Row[] = [];
    const one = await raw(rawOneRoom, BOOKINGS);
    rows.push(await measured("raw native, 1 booking per commit", async () => rawRun(path, one, 1)));
    const grouped = await raw(rawGroupRoom, BOOKINGS);
    rows.push(await measured(`raw native, ${GROUP} bookings per commit`, async () => rawRun(path, grouped, GROUP)));
    rows.push(await measured("HTTP, 1 connection", phase(requests(http.one), 1)));
    const many = phase(requests(http.many), CONNECTIONS);
    rows.push(await measured(`HTTP, ${CONNECTIONS} connections`, () => profiled(process.env.PROFILE, many)));
    rows.push(await measured(`HTTP, open loop ${RATE}/s`, phase(requests(http.open), 1, RATE)));

    const [doubled] = await db.all<{ n: number }>(
      `SELECT count(*) AS n FROM bookings a JOIN bookings b ON a.resource_id = b.resource_id AND a.id < b.id
        AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
        WHERE a.status IN ('confirmed', 'checked_in', 'held') AND b.status IN ('confirmed', 'checked_in', 'held')`,
    );
    printTable(
      `${historyDays} days of history (${past?.n} bookings before, setup ${setupS} s); overlapping holding pairs on a seat ${doubled?.n}`,
      "bookings",
      rows,
    );
  } finally {
    cleanUp(server, db, dir);
  }
}

await benchEach("Study-seat bookings, WAL + synchronous=FULL, native driver", HISTORY, benchAt);
