import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { canteenScene } from "../support/canteen";
import { makeCourier, makeResident, topUpCard } from "../support/factories";
import { openedSession } from "../support/kiosk-sessions";
import type { Community } from "../support/signed-in";
import { studyRoomAt } from "../support/study-room";
import { call, type TestApp } from "../support/test-app";

// 08:30 on Tuesday 24 November in Shanghai: lunch takes orders (and cancellations) until 10:00.
const MORNING = "2026-11-24T00:30:00Z";
const at = (local: string) => new Date(`2026-11-24T${local}:00+08:00`).toISOString();

let t: TestApp;
let community: Community;
let canteenKiosk: Awaited<ReturnType<typeof canteenScene>>["kiosk"];
let room: Awaited<ReturnType<typeof studyRoomAt>>;
beforeAll(async () => {
  let admin: string;
  ({ t, community, kiosk: canteenKiosk, admin } = await canteenScene(MORNING));
  room = await studyRoomAt(t, community, admin, 1);
});
afterAll(() => t.cleanup());
beforeEach(() => t.clock.set(MORNING));

const atCanteenKiosk = (kind: "resident" | "courier", id: string) => openedSession(t, canteenKiosk, { kind, id });
const home = (headers: Record<string, string>) => call(t, "GET", "/api/kiosk/home", { headers });

describe("the identified person's home at the kiosk", () => {
  it("shows her balance, today's lunch with its ticket and a way to cancel, her seat and the seat offered to her, in one call", async () => {
    const her = await makeResident(t.db, community.id, { birthDate: "1946-05-15" });
    await topUpCard(t.db, community.id, her.id, 2000);
    const headers = await atCanteenKiosk("resident", her.id);
    const empty = await home(headers);
    expect(empty.status).toBe(200);
    expect(empty.json).toEqual({
      person: { kind: "resident", name: her.name },
      today: "2026-11-24",
      mealCard: { balanceFen: 2000 },
      orders: [],
      bookings: [],
      offers: [],
    });

    const lunch = await call(t, "POST", "/api/kiosk/canteen/orders", {
      headers,
      body: { sitting: "lunch", payment: "meal_card", idempotencyKey: crypto.randomUUID() },
    });
    expect(lunch.status).toBe(200);
    // The room's one seat: hers from 14:00; 10:00–12:00 is someone else's, and she waits for it.
    const student = await room.sessionFor(her.id);
    expect((await room.book(student, room.seats[0]!.id, at("14:00"), at("16:00"))).status).toBe(200);
    const other = await room.newStudent();
    const theirs = await room.book(other.headers, room.seats[0]!.id, at("10:00"), at("12:00"));
    const line = await room.kioskCall(student, "POST", "/waitlist", {
      startsAt: at("10:00"),
      endsAt: at("12:00"),
      idempotencyKey: crypto.randomUUID(),
    });
    expect(line.json.status).toBe("waiting");
    expect((await room.kioskCall(other.headers, "POST", `/bookings/${theirs.json.id}/leave`)).status).toBe(200);

    const full = (await home(headers)).json;
    expect(full.mealCard).toEqual({ balanceFen: 2000 - lunch.json.payFen });
    expect(full.orders).toEqual([
      {
        id: lunch.json.id,
        serviceDate: "2026-11-24",
        sitting: "lunch",
        ticketNo: lunch.json.ticketNo,
        payFen: lunch.json.payFen,
        payment: "meal_card",
        delivery: false,
        status: "placed",
        cancellable: true,
      },
    ]);
    expect(full.bookings).toEqual([
      expect.objectContaining({
        status: "confirmed",
        facilityKind: "study_room",
        place: "A1",
        forName: null,
        startsAt: at("14:00"),
        endsAt: at("16:00"),
      }),
    ]);
    expect(full.offers).toEqual([
      expect.objectContaining({ facilityKind: "study_room", place: "A1", startsAt: at("10:00"), endsAt: at("12:00") }),
    ]);

    // The offer is taken with the study room's own call, from the home's answer.
    const taken = await call(t, "POST", `/api/kiosk/study-room/bookings/${full.offers[0].bookingId}/accept`, {
      headers,
    });
    expect(taken.status).toBe(200);
    const after = (await home(headers)).json;
    expect(after.offers).toEqual([]);
    expect(after.bookings.map((b: { startsAt: string }) => b.startsAt)).toEqual([at("10:00"), at("14:00")]);
  });

  it("says a meal can no longer be cancelled once the sitting's cut-off has passed", async () => {
    const her = await makeResident(t.db, community.id, { birthDate: "1946-05-15" });
    const headers = await atCanteenKiosk("resident", her.id);
    const lunch = await call(t, "POST", "/api/kiosk/canteen/orders", {
      headers,
      body: { sitting: "lunch", payment: "counter", idempotencyKey: crypto.randomUUID() },
    });
    expect(lunch.status).toBe(200);
    t.clock.set(at("10:30"));
    const later = await atCanteenKiosk("resident", her.id);
    expect((await home(later)).json.orders).toEqual([
      expect.objectContaining({ id: lunch.json.id, cancellable: false }),
    ]);
  });

  it("shows only the session's own person: not a neighbour's meals or balance, and no card for a courier", async () => {
    const neighbour = await makeResident(t.db, community.id, { birthDate: "1950-01-01" });
    await topUpCard(t.db, community.id, neighbour.id, 5000);
    const theirs = await atCanteenKiosk("resident", neighbour.id);
    await call(t, "POST", "/api/kiosk/canteen/orders", {
      headers: theirs,
      body: { sitting: "lunch", payment: "counter", idempotencyKey: crypto.randomUUID() },
    });
    const me = await makeResident(t.db, community.id, { birthDate: "1950-01-01" });
    const mine = (await home(await atCanteenKiosk("resident", me.id))).json;
    expect(mine).toMatchObject({ mealCard: { balanceFen: 0 }, orders: [], bookings: [], offers: [] });

    const rider = await makeCourier(t.db, community.id);
    const courier = (await home(await atCanteenKiosk("courier", rider.id))).json;
    expect(courier).toEqual({
      person: { kind: "courier", name: rider.name },
      today: "2026-11-24",
      mealCard: null,
      orders: [],
      bookings: [],
      offers: [],
    });
  });

  it("refuses without a live session on this kiosk", async () => {
    expect(
      (await call(t, "GET", "/api/kiosk/home", { headers: { authorization: `Bearer ${canteenKiosk.token}` } })).status,
    ).toBe(401);
    const her = await makeResident(t.db, community.id);
    const elsewhere = await room.sessionFor(her.id);
    const res = await home({ ...elsewhere, authorization: `Bearer ${canteenKiosk.token}` });
    expect([res.status, res.json.error.code]).toEqual([401, "KIOSK_SESSION_OVER"]);
  });
});
