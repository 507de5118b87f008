import { manualClock } from "../api/shared/clock";
import { zonedInstant } from "../api/shared/time";
import { loadStudyRoom } from "../api/study-room/load-study-room";
import { seatAct, seatBooking } from "../api/study-room/book-seat";
import { bookingStatement } from "../api/booking/book";
import { claimedBatch, newClaim } from "../api/shared/idempotency";
import { makeCommunity, makeKiosk } from "../tests/support/factories";
import { profiled } from "./support/cpu-profile";
import type { LoadRequest } from "./support/http-load";
import { makeBigRoom, makeStudents, seatHours, type SeatHour } from "./support/study-bookings";
import { generateStudyYear } from "./support/study-year";
import { queryOf } from "../db/prepared";
import * as bench from "./support/write-bench";

const { connections: CONNECTIONS, rate: RATE, group: GROUP, warmup: WARMUP, oneByOne: ONE_BY_ONE } = bench.knobs;

const BOOKINGS = Number(process.env.BOOKINGS ?? 1500);
const SEATS = 100; // × 14 hours × 4 bookable dates = 5,600 distinct seat-hours a room
const TZ = "Asia/Shanghai";
const NOW = "2026-11-23T23:30:00Z"; // 07:30 on Tuesday 24 November in Shanghai, before the room opens
const DATES = ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]; // today and the policy's 3 days ahead
const DAY_MS = 86_400_000;

const benchAt = (historyDays: number) =>
  bench.onBenchFile("linli-seats-", async ({ db, path, serve }) => {
    const clock = manualClock(NOW);
    const setup = performance.now();
    const community = await makeCommunity(db);
    // The HTTP phases share one room; the raw ones get a room each (a community has one), as empty.
    const roomIn = async (communityId: string) => ({ communityId, ...(await makeBigRoom(db, communityId, SEATS)) });
    const [room, rawOneRoom, rawGroupRoom, rawAloneRoom] = [
      await roomIn(community.id),
      await roomIn((await makeCommunity(db)).id),
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

    // The raw phases' writes, built up front from the room's own policy, each for a new person: the
    // app's whole batch (the key's claim, the booking, the answer stored, the claim read back), or
    // the booking statement alone.
    const raw = async (r: typeof room, count: number, whole: boolean) => {
      const deps = { db, clock };
      const studyRoom = await loadStudyRoom(deps, { communityId: r.communityId });
      const seats = r.seats.map((s) => s.id);
      return Promise.all(
        seatHours(seats, DATES, TZ, count).map(async ({ seatId, startsAt, endsAt }) => {
          const holder = { kind: "resident" as const, id: crypto.randomUUID() };
          const range = { startsAt, endsAt };
          const key = crypto.randomUUID();
          const claim = await newClaim(deps, { caller: holder, key, request: { operation: "bookSeat", seatId } });
          const items = whole
            ? claimedBatch(deps, claim, seatAct(deps, studyRoom, { seatId, holder, range }, claim.id).act)
            : [bookingStatement(deps, seatBooking(studyRoom, seatId, holder, range, key), crypto.randomUUID())];
          return items.map(queryOf);
        }),
      );
    };

    const port = await serve(clock);
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
    const phase = (list: LoadRequest[], connections: number, perSecond?: number) =>
      bench.httpPhase(port, list, connections, perSecond);

    await phase(requests(http.warm), 10)();
    const rows: bench.Row[] = [];
    const one = await raw(rawOneRoom, BOOKINGS, true);
    rows.push(await bench.measured("raw native, 1 booking per commit", async () => bench.rawRun(path, one, 1, -2)));
    const grouped = await raw(rawGroupRoom, BOOKINGS, true);
    rows.push(
      await bench.measured(`raw native, ${GROUP} bookings per commit`, async () =>
        bench.rawRun(path, grouped, GROUP, -2),
      ),
    );
    const alone = await raw(rawAloneRoom, BOOKINGS, false);
    rows.push(await bench.measured("raw, booking statement alone", async () => bench.rawRun(path, alone, 1)));
    rows.push(await bench.measured("HTTP, 1 connection", phase(requests(http.one), 1)));
    const many = phase(requests(http.many), CONNECTIONS);
    rows.push(await bench.measured(`HTTP, ${CONNECTIONS} connections`, () => profiled(process.env.PROFILE, many)));
    rows.push(await bench.measured(`HTTP, open loop ${RATE}/s`, phase(requests(http.open), 1, RATE)));

    const [doubled] = await db.all<{ n: number }>(
      `SELECT count(*) AS n FROM bookings a JOIN bookings b ON a.resource_id = b.resource_id AND a.id < b.id
        AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
        WHERE a.status IN ('confirmed', 'checked_in', 'held') AND b.status IN ('confirmed', 'checked_in', 'held')`,
    );
    bench.printTable(
      `${historyDays} days of history (${past?.n} bookings before, setup ${setupS} s); overlapping holding pairs on a seat ${doubled?.n}`,
      "bookings",
      rows,
    );
  });

await bench.benchEach("Study-seat bookings, WAL + synchronous=FULL, native driver", bench.knobs.history, benchAt);
