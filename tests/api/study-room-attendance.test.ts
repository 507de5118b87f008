import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openKioskSession } from "../../api/identity/kiosk-session";
import { bookingBans } from "../../db/schema";
import { makeKiosk } from "../support/factories";
import { at, NOTHING, on, studyRoomScenes } from "../support/study-room-scene";
import { call } from "../support/test-app";

// Each test opens its own room on its own database (08:00–22:00 Shanghai every day, default policy).
const openRoom = studyRoomScenes();

describe("no-shows and bans", () => {
  it("bans for seven days after three no-shows in thirty days, shows when it ends, refuses bookings until then and adds no second ban for a fourth", async () => {
    const r = await openRoom(2, on("2026-11-03", "08:30"));
    const s = await r.student();
    for (const date of ["2026-11-03", "2026-11-14"]) {
      r.t.clock.set(on(date, "08:30"));
      expect((await s.book(r.seat(0), on(date, "09:00"), on(date, "09:30"))).status).toBe(200);
      r.t.clock.set(on(date, "09:15"));
      expect(await r.duties()).toEqual({ ...NOTHING, noShows: 1 });
    }
    r.t.clock.set(at("08:30"));
    expect((await s.book(r.seat(0), at("10:00"), at("10:30"))).status).toBe(200);
    expect((await s.book(r.seat(0), at("11:00"), at("11:30"))).status).toBe(200);
    r.t.clock.set(at("10:15"));
    expect(await r.duties()).toEqual({ ...NOTHING, noShows: 1, bans: 1 });

    const until = on("2026-12-01", "10:15");
    expect((await s.day()).ban).toEqual({ until });
    const refused = await s.book(r.seat(1), at("12:00"), at("12:30"));
    expect([refused.status, refused.json.error.code, refused.json.error.details]).toEqual([409, "BANNED", { until }]);

    r.t.clock.set(at("11:15"));
    expect(await r.duties()).toEqual({ ...NOTHING, noShows: 1 });
    expect((await s.day()).ban).toEqual({ until });
    expect(await r.t.db.select().from(bookingBans).where(eq(bookingBans.holderId, s.person.id))).toHaveLength(1);

    r.t.clock.set(new Date(Date.parse(until) - 60_000).toISOString());
    expect((await s.book(r.seat(1), on("2026-12-01", "12:00"), on("2026-12-01", "12:30"))).json.error.code).toBe(
      "BANNED",
    );
    r.t.clock.set(until);
    expect((await s.day("2026-12-01")).ban).toBeNull();
    expect((await s.book(r.seat(1), on("2026-12-01", "12:00"), on("2026-12-01", "12:30"))).status).toBe(200);
  });

  it("does not count a no-show that has fallen out of the thirty-day window", async () => {
    const r = await openRoom(2, on("2026-10-25", "08:30"));
    const s = await r.student();
    // 25 October 09:00 is thirty days and an hour before the third no-show is found on 24 November.
    for (const date of ["2026-10-25", "2026-11-14", "2026-11-24"]) {
      r.t.clock.set(on(date, "08:30"));
      await s.book(r.seat(0), on(date, "09:00"), on(date, "09:30"));
      r.t.clock.set(on(date, "10:15"));
      expect(await r.duties()).toEqual({ ...NOTHING, noShows: 1 });
    }
    expect((await s.day()).ban).toBeNull();
  });

  // The current step may be booked until its end, after its start's grace period has run out:
  // the grace period runs from the booking then, or the booking would be a strike from birth.
  it("gives someone who books the current step after its start a grace period from booking", async () => {
    const r = await openRoom(2);
    const [s, late] = await Promise.all([r.student(), r.student()]);
    r.t.clock.set(at("10:20"));
    const booked = (await s.book(r.seat(0), at("10:00"), at("12:00"))).json;
    const unseated = (await late.book(r.seat(1), at("10:00"), at("12:00"))).json;
    r.t.clock.set(at("10:34"));
    expect((await s.on(booked.id, "check-in")).json.status).toBe("checked_in");
    expect(await r.duties()).toEqual(NOTHING);
    r.t.clock.set(at("10:35"));
    expect(await r.duties()).toEqual({ ...NOTHING, noShows: 1 });
    expect((await late.on(unseated.id, "check-in")).json.error.code).toBe("NOT_OPEN_FOR_CHECK_IN");
  });
});

describe("walk-ins", () => {
  it("seats a walk-in who prefers power on a free power seat until the end of the step, checked in at once", async () => {
    const r = await openRoom(4); // A1 and A3 have power
    const [other, s] = await Promise.all([r.student(), r.student()]);
    r.t.clock.set(at("10:10"));
    await other.book(r.seat(0), at("10:00"), at("12:00"));
    const key = crypto.randomUUID();
    const walkIn = await s.act("POST", "/walk-in", { minutes: 120, prefer: "power", idempotencyKey: key });
    expect(walkIn.json).toMatchObject({
      resourceId: r.seat(2),
      status: "checked_in",
      checkedInAt: at("10:10"),
      startsAt: at("10:10"),
      endsAt: at("12:00"),
    });
    expect((await s.act("POST", "/walk-in", { minutes: 120, prefer: "power", idempotencyKey: key })).json.id).toBe(
      walkIn.json.id,
    );
  });

  it("takes walk-ins only at the study room's own kiosk", async () => {
    const r = await openRoom(2);
    const s = await r.student();
    const canteenKiosk = await makeKiosk(r.t.db, { id: r.community.id, facilityId: r.community.facilityId });
    const { token } = await openKioskSession(r.t, {
      kiosk: canteenKiosk,
      holder: { kind: "resident", id: s.person.id },
      method: "qr",
    });
    const headers = { authorization: `Bearer ${canteenKiosk.token}`, "x-kiosk-session": token };
    const res = await call(r.t, "POST", "/api/kiosk/study-room/walk-in", {
      headers,
      body: { minutes: 60, idempotencyKey: crypto.randomUUID() },
    });
    expect([res.status, res.json.error.code]).toEqual([403, "AT_THE_ROOM_ONLY"]);
    expect((await s.day()).mine).toEqual([]);
  });
});

describe("leaving and allowances", () => {
  it("makes the rest of a booking left early bookable by someone else at once", async () => {
    const r = await openRoom(2);
    const [s, next] = await Promise.all([r.student(), r.student()]);
    const booked = (await s.book(r.seat(0), at("10:00"), at("12:00"))).json;
    r.t.clock.set(at("09:55"));
    await s.on(booked.id, "check-in");
    r.t.clock.set(at("10:40"));
    expect((await next.book(r.seat(0), at("11:00"), at("12:00"))).json.error.code).toBe("FULL");
    expect((await s.on(booked.id, "leave")).json).toMatchObject({ status: "completed", closedAt: at("10:40") });
    expect((await next.book(r.seat(0), at("10:30"), at("12:00"))).status).toBe(200);
  });

  it("refuses a third booking to someone holding two, until one is given back", async () => {
    const r = await openRoom(2);
    const s = await r.student();
    await s.book(r.seat(0), at("10:00"), at("11:00"));
    const later = (await s.book(r.seat(0), at("13:00"), at("14:00"))).json;
    const third = await s.book(r.seat(1), on("2026-11-25", "09:00"), on("2026-11-25", "10:00"));
    expect([third.status, third.json.error.code, third.json.error.details]).toEqual([
      409,
      "TOO_MANY_BOOKINGS",
      { limit: 2 },
    ]);
    await s.on(later.id, "leave");
    expect((await s.book(r.seat(1), on("2026-11-25", "09:00"), on("2026-11-25", "10:00"))).status).toBe(200);
  });
});
