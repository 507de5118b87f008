import { afterEach } from "vitest";
import { makeCommunity, makeStaff } from "./factories";
import { studyRoomAt } from "./study-room";
import { createTestApp, signInAs, type TestApp } from "./test-app";

/** A local wall-clock time in Shanghai as the ISO instant the API takes. 2026-11-24 is a Tuesday. */
export const on = (date: string, local: string) => new Date(`${date}T${local}:00+08:00`).toISOString();
export const at = (local: string) => on("2026-11-24", local);

/** What a run of the booking duties returns when it has nothing to do. */
export const NOTHING_TO_BOOK = {
  noShows: 0,
  released: 0,
  completed: 0,
  expiredOffers: 0,
  bans: 0,
  offers: 0,
  unclosedVisits: 0,
};
/** What a run of all the duties returns when it has nothing to do. */
export const NOTHING = { ...NOTHING_TO_BOOK, allowancesExpired: 0 };

/**
 * Study rooms each on a database of their own, cleaned up after each test. The duties run over
 * the whole database, so the counts they return in a test are that test's alone.
 */
export function studyRoomScenes() {
  const opened: TestApp[] = [];
  afterEach(() => {
    for (const t of opened.splice(0)) t.cleanup();
  });
  return async function openRoom(seats = 2, start = at("08:30")) {
    const t = await createTestApp(start);
    opened.push(t);
    const community = await makeCommunity(t.db);
    const admin = await makeStaff(t.db, community, "community_admin");
    const room = await studyRoomAt(t, community, await signInAs(t, admin.username, admin.password), seats);
    const seat = (n: number) => room.seats[n]!.id;
    // Through the runtime's own entry: the Worker's Cron handler on the worker target.
    const duties = () => t.scheduled();
    /** A resident who identifies again before each act, since the clock moves between them. */
    async function student() {
      const s = await room.newStudent();
      const act = async (method: string, path: string, body?: unknown) =>
        room.kioskCall(await s.visit(), method, path, body);
      return {
        ...s,
        act,
        book: async (seatId: string, from: string, to: string, key = crypto.randomUUID()) =>
          room.book(await s.visit(), seatId, from, to, key),
        join: (from: string, to: string, idempotencyKey = crypto.randomUUID()) =>
          act("POST", "/waitlist", { startsAt: from, endsAt: to, idempotencyKey }),
        day: async (date = "2026-11-24") => (await act("GET", `/day?date=${date}`)).json,
        on: (bookingId: string, verb: string) => act("POST", `/bookings/${bookingId}/${verb}`),
      };
    }
    return { t, community, room, seat, student, duties };
  };
}

export type Scene = Awaited<ReturnType<ReturnType<typeof studyRoomScenes>>>;
export type Student = Awaited<ReturnType<Scene["student"]>>;
