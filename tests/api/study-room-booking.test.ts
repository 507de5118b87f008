import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runBookingDuties } from "../../api/booking/run-duties";
import { communityWithAdmin } from "../support/signed-in";
import { studyRoomAt } from "../support/study-room";
import { at, NOTHING_TO_BOOK } from "../support/study-room-scene";
import { call, type TestApp } from "../support/test-app";

// 2026-11-24 is a Tuesday; the room opens 08:00–22:00 Shanghai (00:00–14:00 UTC).
const MORNING = "2026-11-24T00:30:00Z"; // 08:30 local
let t: TestApp;
let room: Awaited<ReturnType<typeof studyRoomAt>>;
let setPolicy: (change: Record<string, number>) => Promise<number>;
beforeAll(async () => {
  const scene = await communityWithAdmin(MORNING);
  t = scene.t;
  room = await studyRoomAt(t, scene.community, scene.cookie, 4);
  const base = `/api/communities/${scene.community.id}/study-room`;
  setPolicy = async (change) => {
    const { policy } = (await call(t, "GET", base, { cookie: scene.cookie })).json;
    return (await call(t, "PUT", `${base}/policy`, { cookie: scene.cookie, body: { ...policy, ...change } })).status;
  };
});
afterAll(() => t.cleanup());
beforeEach(() => t.clock.set(MORNING));

const duties = () => runBookingDuties({ db: t.db, clock: t.clock });

describe("booking a study seat", () => {
  it("gives one seat and range to exactly one of 100 simultaneous bookings", async () => {
    const students = await Promise.all(Array.from({ length: 100 }, () => room.newStudent()));
    const seat = room.seats[0]!.id;
    const answers = await Promise.all(students.map((s) => room.book(s.headers, seat, at("14:00"), at("16:00"))));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).every((a) => a.json.error.code === "FULL")).toBe(true);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(99);
  });

  it("lets one person hold only one seat at a time, even when two bookings race", async () => {
    const { headers } = await room.newStudent();
    const [a, b] = await Promise.all([
      room.book(headers, room.seats[1]!.id, at("10:00"), at("12:00")),
      room.book(headers, room.seats[2]!.id, at("11:00"), at("13:00")),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.status === 409)!.json.error.code).toBe("HOLDER_BUSY");
  });

  it("books by a policy change at once, though a kiosk's request reads the room's rules from memory", async () => {
    const { headers } = await room.newStudent();
    const seat = room.seats[2]!.id;
    expect(await setPolicy({ stepMinutes: 60 })).toBe(200);
    expect((await room.book(headers, seat, at("17:15"), at("18:00"))).json.error.code).toBe("NOT_ON_STEP");
    expect(await setPolicy({ stepMinutes: 15 })).toBe(200);
    expect((await room.book(headers, seat, at("17:15"), at("18:00"))).status).toBe(200);
    expect(await setPolicy({ stepMinutes: 30 })).toBe(200);
  });

  it("never books under rules changed since the kiosk's copy was read", async () => {
    const [{ headers }, other] = await Promise.all([room.newStudent(), room.newStudent()]);
    const seat = room.seats[3]!.id;
    expect(await setPolicy({ stepMinutes: 15 })).toBe(200);
    // The kiosk reads the 15-minute rules into memory, then staff go to whole hours.
    expect((await room.book(other.headers, seat, at("20:15"), at("21:00"))).status).toBe(200);
    expect(await setPolicy({ stepMinutes: 60 })).toBe(200);
    const late = await room.book(headers, seat, at("17:15"), at("18:00"));
    expect(late.json.error?.code).toBe("NOT_ON_STEP");
    expect(await setPolicy({ stepMinutes: 30 })).toBe(200);
  });

  it("answers a retried request with the first booking, not a second one", async () => {
    const { headers } = await room.newStudent();
    const key = crypto.randomUUID();
    const first = await room.book(headers, room.seats[3]!.id, at("09:00"), at("10:00"), key);
    const again = await room.book(headers, room.seats[3]!.id, at("09:00"), at("10:00"), key);
    expect(first.status).toBe(200);
    expect(again.json.id).toBe(first.json.id);
  });

  it("refuses ranges off the steps, outside opening hours, too far ahead or past the daily hours", async () => {
    const { headers } = await room.newStudent();
    const seat = room.seats[3]!.id;
    expect((await room.book(headers, seat, at("10:15"), at("11:00"))).json.error.code).toBe("NOT_ON_STEP");
    expect((await room.book(headers, seat, at("21:00"), at("22:30"))).json.error.code).toBe("CLOSED");
    expect((await room.book(headers, seat, "2026-11-28T02:00:00Z", "2026-11-28T03:00:00Z")).json.error.code).toBe(
      "TOO_FAR_AHEAD",
    );
    expect((await room.book(headers, seat, at("12:00"), at("17:00"))).json.error.code).toBe("TOO_LONG");
    expect((await room.book(headers, seat, at("12:00"), at("15:00"))).status).toBe(200);
    const more = await room.book(headers, seat, at("16:00"), at("18:00"));
    expect(more.json.error.code).toBe("DAILY_LIMIT");
  });
});

describe("check-in, no-shows and the release job", () => {
  it("releases a no-show at the end of the grace period; the seat can be booked again and the job changes nothing when run twice", async () => {
    const late = await room.newStudent();
    const seat = room.seats[3]!.id;
    t.clock.set(at("17:30"));
    await duties(); // earlier tests' bookings of the day are no-shows by now
    const booked = await room.book(await late.visit(), seat, at("18:00"), at("19:00"));
    expect(booked.status).toBe(200);
    t.clock.set(at("18:14"));
    expect((await duties()).noShows).toBe(0);
    t.clock.set(at("18:15"));
    const first = await duties();
    expect(first.noShows).toBe(1);
    expect(await duties()).toEqual(NOTHING_TO_BOOK);
    const other = await room.newStudent();
    expect((await room.book(other.headers, seat, at("18:00"), at("19:00"))).status).toBe(200);
    const tooLate = await room.kioskCall(await late.visit(), "POST", `/bookings/${booked.json.id}/check-in`);
    expect(tooLate.json.error.code).toBe("NOT_OPEN_FOR_CHECK_IN");
  });

  it("checks in within the grace window, keeps the seat during 暂离 and releases it when she stays away too long", async () => {
    const student = await room.newStudent();
    t.clock.set(at("09:00"));
    const booked = await room.book(await student.visit(), room.seats[2]!.id, at("19:00"), at("21:00"));
    const act = async (verb: string) =>
      room.kioskCall(await student.visit(), "POST", `/bookings/${booked.json.id}/${verb}`);
    t.clock.set(at("18:40"));
    expect((await act("check-in")).json.error.code).toBe("TOO_EARLY");
    t.clock.set(at("18:50"));
    expect((await act("check-in")).json.status).toBe("checked_in");
    t.clock.set(at("19:30"));
    expect((await act("step-out")).json.backBy).toBe(at("20:00"));
    t.clock.set(at("19:55"));
    expect((await act("come-back")).json.awaySince).toBeNull();
    await act("step-out");
    t.clock.set(at("20:26"));
    expect((await duties()).released).toBe(1);
    const back = await act("come-back");
    expect(back.json.error.code).toBe("SEAT_RELEASED");
  });
});
