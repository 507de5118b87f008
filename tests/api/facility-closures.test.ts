import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { book } from "../../api/booking/book";
import * as t from "../../db/schema";
import { babyRoomAt } from "../support/baby-room";
import { canteenScene, cardBalance, makeDiner, placeLunch } from "../support/canteen";
import { bookingRow, makeCommunity, makeCourier, makeResident, makeShowerStation } from "../support/factories";
import { studyRoomAt } from "../support/study-room";
import { type Community, signedInStaff } from "../support/signed-in";
import { call, type TestApp } from "../support/test-app";

// 09:00 on Monday 23 November in Shanghai: before the 10:00 lunch cut-off.
const MONDAY = "2026-11-23T01:00:00Z";

let app: TestApp;
let community: Community;
let admin: string;
let cook: string;
let keeper: string;

beforeAll(async () => {
  ({ t: app, community, admin, cook } = await canteenScene(MONDAY, { lunchCapacity: 10 }));
  keeper = (await signedInStaff(app, community, "station_keeper")).cookie;
});
afterAll(() => app.cleanup());
beforeEach(() => app.clock.set(MONDAY));

const closures = () => `/api/communities/${community.id}/closures`;
const deps = () => ({ db: app.db, clock: app.clock, config: app.config });
const lunchFor = (residentId: string, payment: "meal_card" | "counter" = "meal_card") =>
  placeLunch(app, community.id, residentId, { payment });
const balanceOf = (residentId: string) => cardBalance(app, residentId);
const bookingOf = (id: string) => bookingRow(app.db, id);

describe("one closure model for every facility", () => {
  it("closes the canteen's lunch: orders cancelled with the holder's notice and meal cards refunded in the same batch", async () => {
    const paid = await makeDiner(app, community.id);
    const atCounter = await makeResident(app.db, community.id, { birthDate: "1950-01-01" });
    const byCard = await lunchFor(paid.id);
    const byCounter = await lunchFor(atCounter.id, "counter");
    expect(await balanceOf(paid.id)).toBe(5000 - byCard.payFen);

    const closed = await call(app, "POST", closures(), {
      cookie: cook,
      body: { facilityId: community.facilityId, from: "2026-11-23T10:30", to: "2026-11-23T14:00", reason: "停电检修" },
    });
    expect(closed.status).toBe(201);
    expect(closed.json).toMatchObject({
      facilityKind: "canteen",
      from: "2026-11-23T10:30",
      to: "2026-11-23T14:00",
      bookingsCancelled: 2,
      mealCardRefundedFen: byCard.payFen,
    });
    expect(await balanceOf(paid.id)).toBe(5000);
    const [order] = await app.db.select().from(t.mealOrders).where(eq(t.mealOrders.id, byCard.id));
    expect(order!.status).toBe("cancelled");
    expect((await bookingOf(order!.bookingId)).notice).toEqual({
      kind: "cancelled",
      reason: "停电检修",
      closureId: closed.json.id,
    });
    const [counterOrder] = await app.db.select().from(t.mealOrders).where(eq(t.mealOrders.id, byCounter.id));
    expect(counterOrder!.status).toBe("cancelled");
    // The engine refuses the closed sitting; the canteen says so in its own words.
    await expect(lunchFor(paid.id)).rejects.toMatchObject({ code: "CANTEEN_CLOSED" });
    const listed = await call(app, "GET", closures(), { cookie: cook });
    expect(listed.json.closures).toContainEqual(expect.objectContaining({ id: closed.json.id, reason: "停电检修" }));
    const audit = await app.db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.communityId, community.id), eq(t.auditLog.entityId, closed.json.id)));
    expect(audit.map((a) => a.action)).toEqual(["canteen.add_closure"]);

    const removed = await call(app, "DELETE", `${closures()}/${closed.json.id}`, { cookie: cook });
    expect(removed.status).toBe(200);
    expect(await lunchFor(paid.id)).toMatchObject({ status: "placed" });
    // Reopening does not bring back what the closure cancelled, nor refund twice.
    expect((await app.db.select().from(t.mealOrders).where(eq(t.mealOrders.id, byCard.id)))[0]!.status).toBe(
      "cancelled",
    );
  });

  it("keeps the canteen's closed days as closures: the menus week and the kiosk read the same table", async () => {
    const base = `/api/communities/${community.id}/canteen`;
    const closed = await call(app, "POST", `${base}/closures`, {
      cookie: cook,
      body: { date: "2026-11-25", reason: "节日休息" },
    });
    expect(closed.status).toBe(201);
    const listed = await call(app, "GET", closures(), { cookie: cook });
    expect(listed.json.closures).toContainEqual(
      expect.objectContaining({ from: "2026-11-25T00:00", to: "2026-11-26T00:00", reason: "节日休息" }),
    );
    const week = await call(app, "GET", `${base}/menus?from=2026-11-23`, { cookie: cook });
    expect(week.json.days[2].closed).toBe("节日休息");
    expect(week.json.days[1].closed).toBe(null);
    expect((await call(app, "DELETE", `${base}/closures/2026-11-25`, { cookie: cook })).status).toBe(200);
    expect((await call(app, "GET", closures(), { cookie: cook })).json.closures).not.toContainEqual(
      expect.objectContaining({ reason: "节日休息" }),
    );
  });

  it("closes the study room: bookings inside cancelled with notice, bookings after it untouched", async () => {
    const room = await studyRoomAt(app, community, admin);
    const student = await room.newStudent();
    const inside = await room.book(student.headers, room.seats[0]!.id, at("14:00"), at("16:00"));
    const after = await room.book(student.headers, room.seats[1]!.id, at("19:00"), at("20:00"));
    expect([inside.status, after.status]).toEqual([200, 200]);
    const closed = await call(app, "POST", closures(), {
      cookie: admin,
      body: { facilityId: room.facilityId, from: "2026-11-23T13:00", to: "2026-11-23T18:00", reason: "考试用场" },
    });
    expect(closed.json).toMatchObject({ facilityKind: "study_room", bookingsCancelled: 1 });
    expect((await bookingOf(inside.json.id)).status).toBe("cancelled");
    expect((await bookingOf(after.json.id)).status).toBe("confirmed");
    const again = await room.book(student.headers, room.seats[2]!.id, at("15:00"), at("16:00"));
    expect(again.json.error.code).toBe("CLOSURE");
  });

  it("closes the baby room: each booked child gets the free session back in the closure's batch", async () => {
    const staffCookie = (await signedInStaff(app, community, "baby_room_staff")).cookie;
    const room = await babyRoomAt(app, community, staffCookie);
    const session = await room.newSession("childcare", "2026-11-24T01:00:00.000Z");
    const family = await room.newFamily();
    const booked = await room.book(family.headers, session, family.child.id);
    expect(booked.status).toBe(200);
    const before = (await room.ledger(family.child.id)).balance;
    const closed = await call(app, "POST", closures(), {
      cookie: staffCookie,
      body: { facilityId: room.facilityId, from: "2026-11-24T00:00", to: "2026-11-25T00:00", reason: "消毒" },
    });
    expect(closed.status).toBe(201);
    expect(closed.json).toMatchObject({ facilityKind: "baby_room", bookingsCancelled: 1, sessionsReturned: 1 });
    expect((await room.ledger(family.child.id)).balance).toBe(before + 1);
    // A baby-room worker may close the baby room, not the canteen.
    const notTheirs = await call(app, "POST", closures(), {
      cookie: staffCookie,
      body: { facilityId: community.facilityId, from: "2026-11-24T00:00", to: "2026-11-25T00:00", reason: "x" },
    });
    expect(notTheirs.status).toBe(403);
  });

  it("closes the station's showers through the engine and refuses a closure of another community's facility", async () => {
    const { station, shower } = await makeShowerStation(app.db, community.id, new Date(MONDAY));
    const rider = await makeCourier(app.db, community.id);
    const showerAt = (local: string) => ({
      communityId: community.id,
      resourceId: shower.id,
      holder: { kind: "courier" as const, id: rider.id },
      startsAt: new Date(at(local)),
      endsAt: new Date(new Date(at(local)).getTime() + 30 * 60_000),
      holderLimit: "facility" as const,
      timeZone: "Asia/Shanghai",
      idempotencyKey: crypto.randomUUID(),
    });
    const booked = await book(deps(), showerAt("11:00"));
    const closed = await call(app, "POST", closures(), {
      cookie: keeper,
      body: { facilityId: station.id, from: "2026-11-23T10:00", to: "2026-11-23T12:00", reason: "水管维修" },
    });
    expect(closed.json).toMatchObject({ facilityKind: "station", bookingsCancelled: 1 });
    expect((await bookingOf(booked.id)).status).toBe("cancelled");
    await expect(book(deps(), showerAt("11:30"))).rejects.toMatchObject({ code: "CLOSURE" });
    expect((await book(deps(), showerAt("12:00"))).status).toBe("confirmed");

    const other = await makeCommunity(app.db);
    const foreign = await call(app, "POST", closures(), {
      cookie: admin,
      body: { facilityId: other.facilityId, from: "2026-11-24T00:00", to: "2026-11-25T00:00", reason: "x" },
    });
    expect(foreign.status).toBe(404);
  });

  it("refuses a closure that ends before it starts or is already over", async () => {
    const body = (from: string, to: string) => ({ facilityId: community.facilityId, from, to, reason: "x" });
    const inverted = await call(app, "POST", closures(), {
      cookie: cook,
      body: body("2026-11-24T12:00", "2026-11-24T08:00"),
    });
    expect(inverted.json.error.code).toBe("INVALID_RANGE");
    const past = await call(app, "POST", closures(), {
      cookie: cook,
      body: body("2026-11-20T08:00", "2026-11-21T08:00"),
    });
    expect(past.json.error.code).toBe("DATE_IN_PAST");
  });
});

function at(local: string) {
  return new Date(`2026-11-23T${local}:00+08:00`).toISOString();
}
