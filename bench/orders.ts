import { loadCanteenDay } from "../api/canteen/canteen-day";
import { sql } from "drizzle-orm";
import { mealBooking } from "../api/canteen/order-batch";
import { orderAct } from "../api/canteen/order-meal";
import { versionGuard } from "../api/shared/config-cache";
import { claimedBatch, holdsKey, newClaim } from "../api/shared/idempotency";
import { quoteMeal } from "../api/canteen/quote-meal";
import { manualClock } from "../api/shared/clock";
import type { Db } from "../db/client";
import { makeCanteen, makeCommunity, makeKiosk } from "../tests/support/factories";
import { makeDiners, type Session } from "./support/canteen-diners";
import { seedOrderHistory } from "./support/order-history";
import { profiled } from "./support/cpu-profile";
import { queryOf } from "../db/prepared";
import * as bench from "./support/write-bench";

const { connections: CONNECTIONS, rate: RATE, group: GROUP, warmup: WARMUP, oneByOne: ONE_BY_ONE } = bench.knobs;

const ORDERS = Number(process.env.ORDERS ?? 3000);
const OPEN_LOOP = RATE * 10;
const FIRST_DAY = "2026-11-16T01:00:00Z"; // 09:00 in Shanghai, before the 10:00 lunch cut-off
const DAY_MS = 86_400_000;
// PHASES=raw1,raw50,alone,http1,http50,open: run only some phases; PROFILE=file.cpuprofile profiles the 50-connection phase.
const PHASES = (process.env.PHASES ?? "raw1,raw50,alone,http1,http50,open").split(",");
const BIG_BUDGET = 1_000_000_000; // budgets stay set (their trigger runs) but never run out here

/**
 * The app's own writes for each diner, as SQL text and parameters, built up front: the whole batch
 * of a keyed order (the key's claim, the order, its answer stored, the claim read back), or the
 * order's statements alone.
 */
async function rawOrders(db: Db, communityId: string, diners: Session[], at: Date, whole: boolean) {
  const deps = { db, clock: manualClock(at) };
  const day = await loadCanteenDay({ db }, { communityId, now: at });
  const sitting = day.sittings.find((s) => s.name === "lunch")!;
  return Promise.all(
    diners.map(async (d) => {
      const resident = { id: d.resident, birthDate: d.birthDate, groups: d.groups, address: null, grid: null };
      const claim = await newClaim(deps, {
        caller: { kind: "resident", id: d.resident },
        key: d.key,
        request: { operation: "orderMeal", sitting: "lunch" },
      });
      const booking = mealBooking(communityId, day, sitting, d.resident, claim.id);
      const act = orderAct(deps, {
        communityId,
        resident,
        orderedById: d.resident,
        day,
        sitting,
        booking: whole
          ? { ...booking, guard: sql`${versionGuard(communityId, day.configVersion)} AND ${holdsKey(claim.id)}` }
          : booking,
        price: quoteMeal(day, sitting, resident, new Map(), true),
        subsidised: true,
        payment: d.payment,
        delivery: false,
        identifiedBy: "qr",
        bookingId: crypto.randomUUID(),
        orderId: crypto.randomUUID(),
      });
      const items = whole ? claimedBatch(deps, claim, { claimId: claim.id, ...act }) : act.statements;
      return items.map(queryOf);
    }),
  );
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
    const counts = [WARMUP, ORDERS, ORDERS, ONE_BY_ONE, ORDERS, OPEN_LOOP, ORDERS];
    const all = await makeDiners(
      db,
      community,
      kiosk.id,
      counts.reduce((a, b) => a + b),
      new Date(FIRST_DAY),
    );
    const [warm, rawOne, rawGroup, http1, http50, open, rawAlone] = counts.map((n, i) =>
      all.slice(counts.slice(0, i).reduce((a, b) => a + b, 0)).slice(0, n),
    ) as [Session[], Session[], Session[], Session[], Session[], Session[], Session[]];
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
    const one = await rawOrders(db, community.id, rawOne, day(1), true);
    rows.push(await bench.measured("raw native, 1 order per commit", async () => bench.rawRun(path, one, 1, -2)));
    if (PHASES.includes("raw50")) {
      await onDay(2);
      const grouped = await rawOrders(db, community.id, rawGroup, day(2), true);
      rows.push(
        await bench.measured(`raw native, ${GROUP} orders per commit`, async () =>
          bench.rawRun(path, grouped, GROUP, -2),
        ),
      );
    }
    if (PHASES.includes("alone")) {
      await onDay(6);
      const alone = await rawOrders(db, community.id, rawAlone, day(6), false);
      rows.push(await bench.measured("raw, order statements alone", async () => bench.rawRun(path, alone, 1)));
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
