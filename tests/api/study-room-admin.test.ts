import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { studyRoomRules } from "../../api/seed/demo-study-room";
import { runBookingDuties } from "../../api/booking/run-duties";
import { makeCommunity, makeStaff } from "../support/factories";
import { studyRoomAt } from "../support/study-room";
import { call, createTestApp, signInAs, type TestApp } from "../support/test-app";

const MORNING = "2026-11-24T00:30:00Z"; // Tuesday 08:30 in Shanghai
let t: TestApp;
let room: Awaited<ReturnType<typeof studyRoomAt>>;
let admin: string;
let cook: string;
let base: string;
let signInAdmin: () => Promise<string>;
beforeAll(async () => {
  t = await createTestApp(MORNING);
  const community = await makeCommunity(t.db);
  const a = await makeStaff(t.db, community, "community_admin");
  const c = await makeStaff(t.db, community, "canteen_staff");
  // Staff sessions idle out after 30 minutes: after the clock jumps, staff sign in again.
  signInAdmin = async () => (admin = await signInAs(t, a.username, a.password));
  await signInAdmin();
  cook = await signInAs(t, c.username, c.password);
  room = await studyRoomAt(t, community, admin, 4);
  base = `/api/communities/${community.id}/study-room`;
});
afterAll(() => t.cleanup());
beforeEach(() => t.clock.set(MORNING));

const at = (local: string, day = "2026-11-24") => new Date(`${day}T${local}:00+08:00`).toISOString();
const staff = (method: string, path: string, body?: unknown, cookie = admin) =>
  call(t, method, `${base}${path}`, { cookie, body });

describe("study room setup in the admin panel", () => {
  it("shows seats, weekly hours and rules to admins only", async () => {
    const setup = await staff("GET", "");
    expect(setup.status).toBe(200);
    expect(setup.json.seats).toHaveLength(4);
    expect(setup.json.hours).toHaveLength(7);
    expect(setup.json.policy.graceMinutes).toBe(15);
    expect((await staff("GET", "", undefined, cook)).status).toBe(403);
  });

  it("adds a seat, refuses a second seat with the same label, and moves a seat on the map", async () => {
    const added = await staff("POST", "/seats", {
      label: "B1",
      row: 1,
      col: 0,
      zone: "安静区",
      power: true,
      window: false,
      quiet: true,
    });
    expect(added.status).toBe(201);
    expect((await staff("POST", "/seats", { label: "B1", row: 1, col: 1 })).json.error.code).toBe("SEAT_LABEL_TAKEN");
    const moved = await staff("PUT", `/seats/${added.json.id}`, {
      label: "B1",
      row: 2,
      col: 3,
      zone: "安静区",
      power: true,
      window: true,
      quiet: true,
    });
    expect(moved.json).toMatchObject({ row: 2, col: 3, window: true });
    expect((await staff("POST", "/seats", { label: "", row: 1, col: 1 })).status).toBe(422);
  });

  it("moves bookings off a seat taken out of service to a similar free seat, with a notice the person sees", async () => {
    const { headers } = await room.newStudent();
    const seat = room.seats[0]!;
    const booked = await room.book(headers, seat.id, at("15:00"), at("16:00"));
    const out = await staff("POST", `/seats/${seat.id}/out-of-service`, { reason: "台灯坏了" });
    expect(out.json.moved).toEqual([{ bookingId: booked.json.id, toLabel: expect.any(String) }]);
    const day = await room.kioskCall(headers, "GET", "/day");
    const mine = day.json.mine.find((b: { id: string }) => b.id === booked.json.id);
    expect(mine.notice).toEqual({ kind: "moved", fromLabel: seat.label });
    expect(mine.seatId).not.toBe(seat.id);
    expect((await room.book(headers, seat.id, at("17:00"), at("18:00"))).json.error.code).toBe("OUT_OF_SERVICE");
    expect((await staff("POST", `/seats/${seat.id}/in-service`)).json.inService).toBe(true);
  });

  it("does not count a seat out of service, even with someone still on it, when deciding whether a wait is needed", async () => {
    t.clock.set(at("13:00", "2026-12-01"));
    await signInAdmin();
    const sitting = await room.newStudent();
    const walked = await room.kioskCall(sitting.headers, "POST", "/walk-in", {
      minutes: 60,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(
      (await staff("POST", `/seats/${walked.json.resourceId}/out-of-service`, { reason: "椅子坏了" })).status,
    ).toBe(200);
    // Every in-service seat but one is booked for the hour: one stays free.
    const inService = (await staff("GET", "")).json.seats.filter((s: { inService: boolean }) => s.inService);
    const others = await Promise.all(
      inService.slice(1).map(async (s: { id: string }) => {
        const o = await room.newStudent();
        return room.book(o.headers, s.id, at("13:00", "2026-12-01"), at("14:00", "2026-12-01"));
      }),
    );
    expect(others.every((b) => b.status === 200)).toBe(true);
    const waiting = await room.newStudent();
    const join = await room.kioskCall(waiting.headers, "POST", "/waitlist", {
      startsAt: at("13:00", "2026-12-01"),
      endsAt: at("14:00", "2026-12-01"),
      idempotencyKey: crypto.randomUUID(),
    });
    expect(join.json.error.code).toBe("SEATS_FREE");
    await staff("POST", `/seats/${walked.json.resourceId}/in-service`);
  });

  it("cancels the bookings inside a new closure with a notice, and refuses bookings in it", async () => {
    const { headers } = await room.newStudent();
    const booked = await room.book(headers, room.seats[1]!.id, at("10:00", "2026-11-25"), at("11:00", "2026-11-25"));
    const closed = await staff("POST", "/closures", {
      from: "2026-11-25T08:00",
      to: "2026-11-25T12:00",
      reason: "考试考场",
    });
    expect(closed.status).toBe(201);
    expect(closed.json.bookingsCancelled).toBe(1);
    const day = await room.kioskCall(headers, "GET", "/day?date=2026-11-25");
    expect(day.json.mine.find((b: { id: string }) => b.id === booked.json.id)).toMatchObject({
      status: "cancelled",
      notice: { kind: "cancelled", reason: "考试考场" },
    });
    expect(day.json.closures).toEqual([
      { startsAt: at("08:00", "2026-11-25"), endsAt: at("12:00", "2026-11-25"), reason: "考试考场" },
    ]);
    expect(
      (await room.book(headers, room.seats[1]!.id, at("11:00", "2026-11-25"), at("12:30", "2026-11-25"))).json.error
        .code,
    ).toBe("CLOSURE");
    expect((await staff("DELETE", `/closures/${closed.json.id}`)).status).toBe(200);
    expect(
      (await staff("POST", "/closures", { from: "2026-11-25T12:00", to: "2026-11-25T08:00", reason: "x" })).status,
    ).toBe(422);
  });

  it("changes weekly hours and rules; bookings follow the new ones", async () => {
    const hours = await staff("PUT", "/hours", { days: [{ weekday: 2, opens: "08:00", closes: "01:00" }] });
    expect(hours.status).toBe(200);
    const { headers } = await room.newStudent();
    expect((await room.book(headers, room.seats[2]!.id, at("23:30"), "2026-11-24T16:30:00.000Z")).status).toBe(200);
    expect(
      (await room.book(headers, room.seats[3]!.id, at("09:00", "2026-11-25"), at("10:00", "2026-11-25"))).json.error
        .code,
    ).toBe("CLOSED");
    expect(
      (
        await staff("PUT", "/hours", {
          days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "08:00", closes: "22:00" })),
        })
      ).status,
    ).toBe(200);
    const policy = {
      stepMinutes: 60,
      minutesPerDay: 180,
      activeBookings: 3,
      daysAhead: 2,
      graceMinutes: 10,
      awayMinutes: 20,
      strikeLimit: 2,
      strikeWindowDays: 14,
      banDays: 3,
      offerMinutes: 5,
    };
    expect((await staff("PUT", "/policy", policy)).json).toEqual(policy);
    expect((await room.book(headers, room.seats[3]!.id, at("09:30"), at("10:30"))).json.error.code).toBe("NOT_ON_STEP");
    expect((await staff("PUT", "/policy", { ...policy, stepMinutes: 25 })).status).toBe(422);
    // Back to the starting rules, for the tests after this one.
    await staff("PUT", "/policy", { ...policy, ...studyRoomRules });
  });
});

describe("live map, utilisation and no-shows", () => {
  it("shows each seat's state now in words the map can show, with names for staff", async () => {
    const sitting = await room.newStudent();
    const walked = await room.kioskCall(sitting.headers, "POST", "/walk-in", {
      minutes: 60,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(walked.json.status).toBe("checked_in");
    const live = await staff("GET", "/live");
    const seat = live.json.seats.find((s: { id: string }) => s.id === walked.json.resourceId);
    expect(seat.state).toBe("in_use");
    expect(seat.bookings[0].holderName).toBe(sitting.person.name);
  });

  it("counts a sitting still in progress only up to now", async () => {
    t.clock.set(at("10:00", "2026-11-30"));
    const student = await room.newStudent();
    await room.kioskCall(student.headers, "POST", "/walk-in", { minutes: 120, idempotencyKey: crypto.randomUUID() });
    t.clock.set(at("10:30", "2026-11-30"));
    await signInAdmin();
    const report = await staff("GET", "/utilisation?from=2026-11-30&to=2026-11-30");
    expect(report.json.usedMinutes).toBe(30);
  });

  it("reports used seat time by weekday and hour", async () => {
    t.clock.set(at("12:00", "2026-11-26"));
    await signInAdmin();
    const report = await staff("GET", "/utilisation?from=2026-11-24&to=2026-11-24");
    expect(report.status).toBe(200);
    const tuesday9 = report.json.cells.find((c: { weekday: number; hour: number }) => c.weekday === 2 && c.hour === 8);
    expect(tuesday9.ratio).toBeGreaterThan(0);
    expect(
      report.json.cells.find((c: { weekday: number; hour: number }) => c.weekday === 2 && c.hour === 3).ratio,
    ).toBeNull();
    expect((await staff("GET", "/utilisation?from=2026-11-25&to=2026-11-24")).status).toBe(422);
  });

  it("lists no-shows with strikes, and lets staff extend and lift the ban they bring, audited", async () => {
    const student = await room.newStudent();
    for (const day of ["2026-11-27", "2026-11-28", "2026-11-29"]) {
      t.clock.set(at("08:00", day));
      expect(
        (await room.book(await student.visit(), room.seats[3]!.id, at("09:00", day), at("10:00", day))).status,
      ).toBe(200);
      t.clock.set(at("09:15", day));
      await runBookingDuties({ db: t.db, clock: t.clock });
    }
    await signInAdmin();
    const report = await staff("GET", "/no-shows");
    const hers = report.json.noShows.filter((n: { residentId: string }) => n.residentId === student.person.id);
    expect(hers).toHaveLength(3);
    const ban = report.json.bans.find((b: { residentId: string }) => b.residentId === student.person.id);
    expect(ban).toMatchObject({ inForce: true, endsAt: at("09:15", "2026-12-06") });
    const extended = await staff("POST", `/bans/${ban.id}/extend`, { until: "2026-12-10", reason: "再次未到" });
    expect(extended.json.endsAt).toBe(at("23:59", "2026-12-10"));
    expect((await staff("POST", `/bans/${ban.id}/lift`, { reason: "住院证明" })).json.liftedAt).not.toBeNull();
    expect((await staff("POST", `/bans/${ban.id}/lift`, { reason: "again" })).json.error.code).toBe("BAN_NOT_IN_FORCE");
    expect(
      (await room.book(await student.visit(), room.seats[3]!.id, at("11:00", "2026-11-29"), at("12:00", "2026-11-29")))
        .status,
    ).toBe(200);
    const audit = await call(t, "GET", `/api/communities/${room.kiosk.communityId}/audit`, { cookie: admin });
    const actions = audit.json.entries.map((i: { action: string }) => i.action);
    expect(actions).toEqual(expect.arrayContaining(["study_room.extend_ban", "study_room.lift_ban"]));
  });
});
