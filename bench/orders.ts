import { loadCanteenDay } from "../api/canteen/canteen-day";
import { mealBooking, orderBatch } from "../api/canteen/order-batch";
import { quoteMeal } from "../api/canteen/quote-meal";
import { manualClock } from "../api/shared/clock";
import type { Db } from "../db/client";
import { makeCanteen, makeCommunity, makeKiosk } from "../tests/support/factories";
import { makeDiners, type Session } from "./support/canteen-diners";
import { seedOrderHistory } from "./support/order-history";
import { profiled } from "./support/cpu-profile";
import * as bench from "./support/write-bench";

const { connections: CONNECTIONS, rate: RATE, group: GROUP, warmup: WARMUP, oneByOne: ONE_BY_ONE } = bench.knobs;

const ORDERS = Number(process.env.ORDERS ?? 3000);
const OPEN_LOOP = RATE * 10;
const FIRST_DAY = "2026-11-16T01:00:00Z"; // 09:00 in Shanghai, before the 10:00 lunch cut-off
const DAY_MS = 86_400_000;
// PHASES=raw1,raw50,http1,http50,open: run only some phases; PROFILE=file.cpuprofile profiles the 50-connection phase.
const PHASES = (process.env.PHASES ?? "raw1,raw50,http1,http50,open").split(",");
const BIG_BUDGET = 1_000_000_000; // budgets stay set (their trigger runs) but never run out here

/** The app's own order statements for each diner, as SQL text and parameters, built up front. */
async function rawOrders(db: Db, communityId: string, diners: Session[], at: Date) {
  const clock = manualClock(at);
  const day = await loadCanteenDay({ db }, { communityId, now: at });
  const sitting = day.sittings.find((s) => s.name === "lunch")!;
  return diners.map((d) => {
    const resident = { id: d.resident, birthDate: d.birthDate, groups: d.groups, address: null, grid: null };
    const price = quoteMeal(day, sitting, resident, new Map(), true);
    const items = orderBatch(
      { db, clock },
      {
        communityId,
        resident,
        orderedById: d.resident,
        day,
        sitting,
        booking: mealBooking(communityId, day, sitting, d.resident, d.key),
        price,
        subsidised: true,
        payment: d.payment,
        delivery: false,
        identifiedBy: "qr",
        bookingId: crypto.randomUUID(),
        orderId: crypto.randomUUID(),
      },
    );
    return items.map(bench.statementOf);
  });
}

const benchAt = (history: number) =>
  bench.onBenchFile("linli-orders-", async ({ db, path, serve }) => {
    const clock = manualClock(FIRST_DAY);
    const community = await makeCommunity(db);
    const budgets = {
      street_elderly_meal: BIG_BUDGET,
      civil_affairs_elderly: BIG_BUDGET,
      civil_affairs_low_income: BIG_BUDGET,
    };
    const { sitting, funds } = await makeCanteen(db, community, { lunchCapacity: 100_000, budgets });
    const kiosk = await makeKiosk(db, community);
    const setup = performance.now();
    const counts = [WARMUP, ORDERS, ORDERS, ONE_BY_ONE, ORDERS, OPEN_LOOP];
    const all = await makeDiners(
      db,
      community,
      kiosk.id,
      counts.reduce((a, b) => a + b),
      new Date(FIRST_DAY),
    );
    const [warm, rawOne, rawGroup, http1, http50, open] = counts.map((n, i) =>
      all.slice(counts.slice(0, i).reduce((a, b) => a + b, 0)).slice(0, n),
    ) as [Session[], Session[], Session[], Session[], Session[], Session[]];
    const [policy] = await db.all<{ id: string; version: number }>(
      `SELECT id, version FROM pricing_policies WHERE community_id = '${community.id}'`,
    );
    const day = (k: number) => new Date(new Date(FIRST_DAY).getTime() + k * DAY_MS);
    const lunch = await loadCanteenDay({ db }, { communityId: community.id, now: day(0) });
    seedOrderHistory({
      path,
      count: history,
      communityId: community.id,
      facilityId: community.facilityId,
      sittingId: sitting.id,
      policy: policy!,
      fundId: funds.find((f) => f.code === "street_elderly_meal")!.id,
      residents: all.map((d) => d.resident),
      lunch: lunch.range(lunch.sittings[0]!),
      before: lunch.serviceDate,
    });
    const setupS = ((performance.now() - setup) / 1000).toFixed(1);

    const port = await serve(clock);
    // Each phase on a day of its own; kiosk sessions are refreshed to that morning (they idle out).
    const onDay = async (k: number) => {
      clock.set(day(k));
      await db.run(
        `UPDATE kiosk_sessions SET started_at = ${day(k).getTime()}, last_activity_at = ${day(k).getTime()}`,
      );
    };
    const http = (sessions: Session[], connections: number, perSecond?: number) =>
      bench.httpPhase(
        port,
        sessions.map((s) => ({
          path: "/api/kiosk/canteen/orders",
          headers: { authorization: `Bearer ${kiosk.token}`, "x-kiosk-session": s.token },
          body: { sitting: "lunch", payment: s.payment, delivery: false, idempotencyKey: s.key },
        })),
        connections,
        perSecond,
      );

    await onDay(0);
    await http(warm, 10)();
    const rows: bench.Row[] = [];
    await onDay(1);
    const one = await rawOrders(db, community.id, rawOne, day(1));
    rows.push(await bench.measured("raw native, 1 order per commit", async () => bench.rawRun(path, one, 1)));
    if (PHASES.includes("raw50")) {
      await onDay(2);
      const grouped = await rawOrders(db, community.id, rawGroup, day(2));
      rows.push(
        await bench.measured(`raw native, ${GROUP} orders per commit`, async () => bench.rawRun(path, grouped, GROUP)),
      );
    }
    if (PHASES.includes("http1")) {
      await onDay(3);
      rows.push(await bench.measured("HTTP, 1 connection", http(http1, 1)));
    }
    if (PHASES.includes("http50")) {
      await onDay(4);
      const phase = http(http50, CONNECTIONS);
      rows.push(await bench.measured(`HTTP, ${CONNECTIONS} connections`, () => profiled(process.env.PROFILE, phase)));
    }
    if (PHASES.includes("open")) {
      await onDay(5);
      rows.push(await bench.measured(`HTTP, open loop ${RATE}/s`, http(open, 1, RATE)));
    }

    const [overdrawn] = await db.all<{ n: number }>(
      "SELECT count(*) AS n FROM (SELECT resident_id FROM meal_card_entries GROUP BY resident_id HAVING sum(amount_fen) < 0)",
    );
    bench.printTable(
      `${history.toLocaleString("en")} past orders (setup ${setupS} s); overdrawn cards ${overdrawn?.n}`,
      "orders",
      rows,
    );
  });

await bench.benchEach(
  `Meal orders, WAL + synchronous=FULL, ${process.env.DRIVER === "client" ? "@libsql/client" : `native driver, ${process.env.WRITER === "inline" ? "inline" : "thread"} writer`}`,
  bench.knobs.history,
  benchAt,
);
