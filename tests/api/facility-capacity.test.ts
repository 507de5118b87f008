import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { book } from "../../api/booking/book";
import * as t from "../../db/schema";
import { babyRoomAt } from "../support/baby-room";
import { canteenScene, cardBalance, makeDiner, placeLunch } from "../support/canteen";
import { bookingRow, makeCourier, makeShowerStation } from "../support/factories";
import { studyRoomAt } from "../support/study-room";
import { type Community, signedInStaff } from "../support/signed-in";
import { call, type TestApp } from "../support/test-app";

// 08:00 on Monday 23 November in Shanghai: before the 10:00 lunch cut-off.
const MONDAY = "2026-11-23T00:00:00Z";

let app: TestApp;
let community: Community;
let canteen: Awaited<ReturnType<typeof canteenScene>>["canteen"];
let admin: string;
let cook: string;
let keeper: string;

beforeAll(async () => {
  ({ t: app, community, canteen, admin, cook } = await canteenScene(MONDAY, { lunchCapacity: 10 }));
  keeper = (await signedInStaff(app, community, "station_keeper")).cookie;
});
afterAll(() => app.cleanup());
beforeEach(() => app.clock.set(MONDAY));

const base = (facilityId: string) => `/api/communities/${community.id}/facilities/${facilityId}/capacity`;
const deps = () => ({ db: app.db, clock: app.clock, config: app.config });
const lunchFor = (residentId: string, serviceDate?: string) =>
  placeLunch(app, community.id, residentId, serviceDate ? { serviceDate } : {});
async function diners(n: number) {
  const people = [];
  for (let i = 0; i < n; i++) people.push(await makeDiner(app, community.id));
  return people;
}
/** `n` new diners, each with a lunch ordered for `date`, in that order. */
async function lunchesOn(date: string, n: number) {
  const people = await diners(n);
  const orders = [];
  for (const p of people) orders.push(await lunchFor(p.id, date));
  return { people, orders };
}
const balanceOf = (residentId: string) => cardBalance(app, residentId);
const orderBooking = async (orderId: string) =>
  (await app.db.select().from(t.mealOrders).where(eq(t.mealOrders.id, orderId)))[0]!.bookingId;
const bookingOf = (id: string) => bookingRow(app.db, id);
const placeOn = async (cookie: string, facilityId: string, date: string, id: string) =>
  (await call(app, "GET", `${base(facilityId)}?date=${date}`, { cookie })).json.places.find(
    (p: { id: string }) => p.id === id,
  );
const seenIn = (asked: { json: { error: { details: { affected: { bookingId: string }[] } } } }) =>
  asked.json.error.details.affected.map((a) => a.bookingId);
/** A change below what is booked, as the page makes it: asked first, then decided for whom it was shown. */
async function decided(cookie: string, url: string, body: Record<string, unknown>, decision: Record<string, unknown>) {
  const asked = await call(app, "PUT", url, { cookie, body });
  expect(asked.json.error.code).toBe("BELOW_BOOKED");
  return call(app, "PUT", url, { cookie, body: { ...body, ...decision, seen: seenIn(asked) } });
}
let studyRoom: ReturnType<typeof studyRoomAt> | undefined;
/** The community's one study room, made by the first test that needs it. */
const theStudyRoom = () => (studyRoom ??= studyRoomAt(app, community, admin));
const auditOf = async (entityId: string) =>
  (await app.db.select().from(t.auditLog).where(eq(t.auditLog.entityId, entityId))).map((a) => a.action);

describe("the canteen's sittings: weekly template and one-off changes", () => {
  it("takes a Monday capacity and cut-off from the template, and a date's change over it; the engine books to it", async () => {
    const lunch = canteen.sitting.id;
    const week = await call(app, "PUT", `${base(community.facilityId)}/week`, {
      cookie: cook,
      body: { resourceId: lunch, days: [{ weekday: 1, capacity: 2, orderCutoff: "09:30" }], reason: "周一人手少" },
    });
    expect(week.status).toBe(200);
    const monday = await placeOn(cook, community.facilityId, "2026-11-23", lunch);
    expect(monday).toMatchObject({ capacity: 2, orderCutoff: "09:30", source: "week", ownCapacity: 10 });
    const [a, b, c] = await diners(3);
    await lunchFor(a!.id);
    await lunchFor(b!.id);
    await expect(lunchFor(c!.id)).rejects.toMatchObject({ code: "FULL" });
    // Tuesday is not in the template: the sitting's own 10.
    expect(await placeOn(cook, community.facilityId, "2026-11-24", lunch)).toMatchObject({
      capacity: 10,
      source: "own",
    });

    const raised = await call(app, "PUT", `${base(community.facilityId)}/dates`, {
      cookie: cook,
      body: { resourceId: lunch, date: "2026-11-23", capacity: 3, reason: "志愿者来帮忙" },
    });
    expect(raised.status).toBe(200);
    expect(raised.json).toMatchObject({ capacity: 3, choice: null, affected: [] });
    expect(await lunchFor(c!.id)).toMatchObject({ status: "placed" });
    expect(await placeOn(cook, community.facilityId, "2026-11-23", lunch)).toMatchObject({
      capacity: 3,
      source: "date",
      booked: 3,
    });
    // The cut-off in force is the template's: at 09:40 the sitting no longer takes orders.
    app.clock.set("2026-11-23T01:40:00Z");
    const [late] = await diners(1);
    await expect(lunchFor(late!.id)).rejects.toMatchObject({ code: "ORDER_CUTOFF_PASSED" });
    expect(await auditOf(lunch)).toEqual(
      expect.arrayContaining(["canteen.set_capacity_week", "canteen.set_capacity_for_date"]),
    );
    // Back to the template for the date, and the template emptied, for the tests after this one.
    app.clock.set(MONDAY);
    const clearBelow = await call(app, "POST", `${base(community.facilityId)}/dates/clear`, {
      cookie: cook,
      body: { resourceId: lunch, date: "2026-11-23" },
    });
    expect(clearBelow.json.error.code).toBe("BELOW_BOOKED");
    const emptied = await call(app, "PUT", `${base(community.facilityId)}/week`, {
      cookie: cook,
      body: { resourceId: lunch, days: [], reason: "恢复" },
    });
    expect(emptied.status).toBe(200);
  });

  it("lowering below what is booked is explained first: BELOW_BOOKED names the last who ordered", async () => {
    const lunch = canteen.sitting.id;
    const date = "2026-11-24";
    const {
      people: [, b, c],
      orders,
    } = await lunchesOn(date, 3);
    const asked = await call(app, "PUT", `${base(community.facilityId)}/dates`, {
      cookie: cook,
      body: { resourceId: lunch, date, capacity: 1, reason: "厨师请假" },
    });
    expect(asked.status).toBe(409);
    expect(asked.json.error.code).toBe("BELOW_BOOKED");
    expect(asked.json.error.details.affected.map((x: { holderName: string }) => x.holderName)).toEqual([
      b!.name,
      c!.name,
    ]);
    // Nothing changed while the admin was asked.
    expect(await placeOn(cook, community.facilityId, date, lunch)).toMatchObject({ capacity: 10, booked: 3 });

    const moved = await call(app, "PUT", `${base(community.facilityId)}/dates`, {
      cookie: cook,
      body: {
        resourceId: lunch,
        date,
        capacity: 1,
        reason: "厨师请假",
        choice: "move",
        moveToResourceId: lunch,
        seen: seenIn(asked),
      },
    });
    expect(moved.json.error.code).toBe("MOVE_NOT_POSSIBLE");

    const kept = await call(app, "PUT", `${base(community.facilityId)}/dates`, {
      cookie: cook,
      body: { resourceId: lunch, date, capacity: 1, reason: "厨师请假", choice: "keep", seen: seenIn(asked) },
    });
    expect(kept.json).toMatchObject({ choice: "keep", kept: 2, cancelled: 0, moved: 0 });
    for (const o of orders) expect((await bookingOf(await orderBooking(o.id))).status).toBe("confirmed");
    const [d] = await diners(1);
    await expect(lunchFor(d!.id, date)).rejects.toMatchObject({ code: "FULL" });
  });

  it("cancels the orders beyond a lowered capacity with notice and meal-card refunds in the change's batch", async () => {
    const lunch = canteen.sitting.id;
    const date = "2026-11-25";
    const {
      people: [a, , c],
      orders,
    } = await lunchesOn(date, 3);
    const cancelled = await decided(
      cook,
      `${base(community.facilityId)}/dates`,
      { resourceId: lunch, date, capacity: 2, reason: "厨房维修" },
      { choice: "cancel" },
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.json).toMatchObject({
      choice: "cancel",
      cancelled: 1,
      kept: 0,
      mealCardRefundedFen: orders[2]!.payFen,
    });
    expect(await balanceOf(c!.id)).toBe(5000);
    expect(await balanceOf(a!.id)).toBe(5000 - orders[0]!.payFen);
    const last = await bookingOf(await orderBooking(orders[2]!.id));
    expect(last).toMatchObject({ status: "cancelled", notice: { kind: "cancelled", reason: "厨房维修" } });
    const [order] = await app.db.select().from(t.mealOrders).where(eq(t.mealOrders.id, orders[2]!.id));
    expect(order!.status).toBe("cancelled");
  });

  it("asks for a choice when a weekly template goes below what is booked on a date to come, and cancels as chosen", async () => {
    const lunch = canteen.sitting.id;
    const [a, b] = await diners(2);
    const date = "2026-11-26"; // a Thursday
    const first = await lunchFor(a!.id, date);
    const second = await lunchFor(b!.id, date);
    const week = (extra: object) =>
      call(app, "PUT", `${base(community.facilityId)}/week`, {
        cookie: cook,
        body: { resourceId: lunch, days: [{ weekday: 4, capacity: 1 }], reason: "周四半天", ...extra },
      });
    const asked = await week({});
    expect(asked.json.error.code).toBe("BELOW_BOOKED");
    expect(asked.json.error.details.affected).toEqual([expect.objectContaining({ holderName: b!.name, date })]);
    const done = await week({ choice: "cancel", seen: seenIn(asked) });
    expect(done.json).toMatchObject({
      days: [{ weekday: 4, capacity: 1 }],
      cancelled: 1,
      mealCardRefundedFen: second.payFen,
    });
    expect((await bookingOf(await orderBooking(second.id))).status).toBe("cancelled");
    expect((await bookingOf(await orderBooking(first.id))).status).toBe("confirmed");
    expect(await placeOn(cook, community.facilityId, date, lunch)).toMatchObject({
      capacity: 1,
      source: "week",
      booked: 1,
    });
    expect(await auditOf(lunch)).toContain("canteen.set_capacity_week");
    await week({ days: [] });
  });

  it("refuses a station keeper the canteen's capacity", async () => {
    const res = await call(app, "PUT", `${base(community.facilityId)}/dates`, {
      cookie: keeper,
      body: { resourceId: canteen.sitting.id, date: "2026-11-26", capacity: 5, reason: "x" },
    });
    expect(res.status).toBe(403);
  });
});

describe("the same model for the study room, the showers and the baby room", () => {
  it("moves a seat's bookings to another seat when the seat is out for a date", async () => {
    const room = await theStudyRoom();
    const student = await room.newStudent();
    const booked = await room.book(student.headers, room.seats[0]!.id, at("14:00"), at("16:00"));
    expect(booked.status).toBe(200);
    const [from, to] = [room.seats[0]!, room.seats[1]!];
    const asked = await call(app, "PUT", `${base(room.facilityId)}/dates`, {
      cookie: admin,
      body: { resourceId: from.id, date: "2026-11-23", capacity: 0, reason: "灯坏了" },
    });
    expect(asked.json.error.details.affected).toHaveLength(1);
    const moved = await call(app, "PUT", `${base(room.facilityId)}/dates`, {
      cookie: admin,
      body: {
        resourceId: from.id,
        date: "2026-11-23",
        capacity: 0,
        reason: "灯坏了",
        choice: "move",
        moveToResourceId: to.id,
        seen: seenIn(asked),
      },
    });
    expect(moved.json).toMatchObject({ choice: "move", moved: 1, kept: 0 });
    expect(await bookingOf(booked.json.id)).toMatchObject({
      resourceId: to.id,
      status: "confirmed",
      notice: { kind: "moved", fromLabel: from.label },
    });
    expect(await placeOn(admin, room.facilityId, "2026-11-23", from.id)).toMatchObject({ capacity: 0, booked: 0 });
    // The seat takes no booking that day; the next day it is itself again.
    const other = await room.newStudent();
    expect((await room.book(other.headers, from.id, at("18:00"), at("19:00"))).json.error.code).toBe("FULL");
  });

  it("plans the study room's opening hours in the same model: a date's shorter hours and a weekday closed refuse bookings outside them", async () => {
    const room = await theStudyRoom();
    const student = await room.newStudent();
    const places = (await call(app, "GET", `${base(room.facilityId)}?date=2026-11-24`, { cookie: admin })).json.places;
    const whole = places.find((p: { kind: string }) => p.kind === "facility");
    expect(whole.week).toHaveLength(7);
    expect(whole.week[1]).toMatchObject({ weekday: 2, opens: "08:00", closes: "22:00" });

    const shorter = await call(app, "PUT", `${base(room.facilityId)}/dates`, {
      cookie: admin,
      body: {
        resourceId: whole.id,
        date: "2026-11-24",
        capacity: whole.ownCapacity,
        opens: "08:00",
        closes: "12:00",
        reason: "考场布置",
      },
    });
    expect(shorter.status).toBe(200);
    const on = (date: string, local: string) => new Date(`${date}T${local}:00+08:00`).toISOString();
    const seat = room.seats[1]!.id;
    expect(
      (await room.book(student.headers, seat, on("2026-11-24", "14:00"), on("2026-11-24", "15:00"))).json.error.code,
    ).toBe("CLOSED");
    expect((await room.book(student.headers, seat, on("2026-11-24", "09:00"), on("2026-11-24", "10:00"))).status).toBe(
      200,
    );
    expect((await room.book(student.headers, seat, on("2026-11-25", "14:00"), on("2026-11-25", "15:00"))).status).toBe(
      200,
    );

    // The weekly template without Thursday's hours: the room is closed on Thursdays.
    const week = whole.week
      .filter((w: { weekday: number }) => w.weekday !== 4)
      .map(({ weekday, capacity, opens, closes }: Record<string, unknown>) => ({ weekday, capacity, opens, closes }));
    const noThursday = await call(app, "PUT", `${base(room.facilityId)}/week`, {
      cookie: admin,
      body: { resourceId: whole.id, days: week, reason: "周四闭馆" },
    });
    expect(noThursday.status).toBe(200);
    const other = await room.newStudent();
    expect(
      (await room.book(other.headers, seat, on("2026-11-26", "09:00"), on("2026-11-26", "10:00"))).json.error.code,
    ).toBe("CLOSED");
    const setup = await call(app, "GET", `/api/communities/${community.id}/study-room`, { cookie: admin });
    expect(setup.json.hours.map((h: { weekday: number }) => h.weekday)).toEqual([1, 2, 3, 5, 6, 7]);
    expect(await auditOf(whole.id)).toEqual(
      expect.arrayContaining(["study_room.set_capacity_for_date", "study_room.set_capacity_week"]),
    );
  });

  it("cancels a shower slot beyond a shower's capacity of nought, keeping the one before it", async () => {
    const { station, shower } = await makeShowerStation(app.db, community.id, new Date(MONDAY));
    const rider = await makeCourier(app.db, community.id);
    const booked = await book(deps(), {
      communityId: community.id,
      resourceId: shower.id,
      holder: { kind: "courier", id: rider.id },
      startsAt: new Date(at("20:00")),
      endsAt: new Date(at("20:30")),
      holderLimit: "facility",
      timeZone: "Asia/Shanghai",
      idempotencyKey: crypto.randomUUID(),
    });
    const res = await decided(
      keeper,
      `${base(station.id)}/dates`,
      { resourceId: shower.id, date: "2026-11-23", capacity: 0, reason: "热水器坏了" },
      { choice: "cancel" },
    );
    expect(res.json).toMatchObject({ cancelled: 1, affected: [expect.objectContaining({ holderName: rider.name })] });
    expect((await bookingOf(booked.id)).status).toBe("cancelled");
  });

  it("lowers a baby-room session below its bookings: move to another session, or cancel and give the free session back", async () => {
    const staffCookie = (await signedInStaff(app, community, "baby_room_staff")).cookie;
    const room = await babyRoomAt(app, community, staffCookie);
    const session = await room.newSession("childcare", "2026-11-24T01:00:00.000Z", 1);
    const other = await room.newSession("childcare", "2026-11-24T06:00:00.000Z", 1);
    const families = [await room.newFamily(), await room.newFamily(), await room.newFamily()];
    const bookingIds = [];
    for (const f of families) {
      const res = await room.book(f.headers, session, f.child.id);
      expect(res.status).toBe(200);
      bookingIds.push(res.json.id ?? res.json.bookingId);
    }
    const before = (await room.ledger(families[2]!.child.id)).balance;
    const moved = await decided(
      staffCookie,
      `${base(room.facilityId)}/dates`,
      { resourceId: session, date: "2026-11-24", capacity: 2, reason: "保育员请假" },
      { choice: "move", moveToResourceId: other },
    );
    expect(moved.json).toMatchObject({ moved: 1, kept: 0 });
    const movedBooking = await bookingOf(bookingIds[2]!);
    expect(movedBooking.resourceId).toBe(other);
    const [baby] = await app.db.select().from(t.babyBookings).where(eq(t.babyBookings.bookingId, bookingIds[2]!));
    expect(baby!.sessionId).toBe(other);

    const cancelled = await decided(
      staffCookie,
      `${base(room.facilityId)}/dates`,
      { resourceId: session, date: "2026-11-24", capacity: 1, reason: "保育员请假" },
      { choice: "cancel" },
    );
    expect(cancelled.json).toMatchObject({ cancelled: 1, sessionsReturned: 1 });
    expect((await bookingOf(bookingIds[1]!)).status).toBe("cancelled");
    expect((await room.ledger(families[1]!.child.id)).balance).toBe(before + 1);
    expect((await bookingOf(bookingIds[0]!)).status).toBe("confirmed");
  });
});

function at(local: string) {
  return new Date(`2026-11-23T${local}:00+08:00`).toISOString();
}
