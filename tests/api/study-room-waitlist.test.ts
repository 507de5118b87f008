import { describe, expect, it } from "vitest";
import { makeStaff } from "../support/factories";
import { at, NOTHING, studyRoomScenes, type Student } from "../support/study-room-scene";
import { call, signInAs } from "../support/test-app";

// Each test opens its own room on its own database at 08:30 on Tuesday 2026-11-24 (08:00–22:00 Shanghai).
const openRoom = studyRoomScenes();

/** Both seats taken 10:00–12:00 and two people in line for that time, the second a minute later. */
async function fullRoomWithQueue() {
  const r = await openRoom(2);
  const [a, b, first, second] = await Promise.all([r.student(), r.student(), r.student(), r.student()]);
  const booked = [
    (await a.book(r.seat(0), at("10:00"), at("12:00"))).json,
    (await b.book(r.seat(1), at("10:00"), at("12:00"))).json,
  ];
  expect((await first.join(at("10:00"), at("12:00"))).json.status).toBe("waiting");
  r.t.clock.advance(60_000);
  expect((await second.join(at("10:00"), at("12:00"))).json.status).toBe("waiting");
  return { ...r, a, b, first, second, booked };
}
/** The person's offer as the kiosk's day screen shows it. */
const heldOffer = async (s: Student) => (await s.day()).mine.find((m: { status: string }) => m.status === "held");

describe("joining the waitlist", () => {
  it("sends a person to book while a seat is free, and queues them once every seat is taken", async () => {
    const r = await openRoom(2);
    const [a, b, c] = await Promise.all([r.student(), r.student(), r.student()]);
    expect((await a.book(r.seat(0), at("10:00"), at("12:00"))).status).toBe(200);
    const early = await c.join(at("10:00"), at("12:00"));
    expect([early.status, early.json.error.code]).toEqual([409, "SEATS_FREE"]);
    expect((await b.book(r.seat(1), at("11:00"), at("12:00"))).status).toBe(200);
    const key = crypto.randomUUID();
    const queued = await c.join(at("10:00"), at("12:00"), key);
    expect(queued.json.status).toBe("waiting");
    expect((await c.join(at("10:00"), at("12:00"), key)).json.id).toBe(queued.json.id);
    expect((await c.day()).waitlist).toEqual([
      { id: queued.json.id, startsAt: at("10:00"), endsAt: at("12:00"), position: 1 },
    ]);
  });
});

describe("offers of freed seats", () => {
  it("holds a seat given back through leave for the first in line, shown with its expiry, and no one else can book it", async () => {
    const r = await fullRoomWithQueue();
    r.t.clock.set(at("08:40"));
    expect((await r.a.on(r.booked[0].id, "leave")).json.status).toBe("cancelled");
    const offer = await heldOffer(r.first);
    expect(offer).toMatchObject({
      seatId: r.seat(0),
      startsAt: at("10:00"),
      endsAt: at("12:00"),
      offerExpiresAt: at("08:50"),
    });
    expect(await heldOffer(r.second)).toBeUndefined();
    expect((await r.second.day()).waitlist[0].position).toBe(1);
    const other = await r.student();
    expect((await other.book(r.seat(0), at("10:00"), at("12:00"))).json.error.code).toBe("FULL");
    expect((await other.book(r.seat(0), at("11:00"), at("11:30"))).json.error.code).toBe("FULL");
  });

  it("confirms an offer accepted before it runs out, and the duties leave it alone", async () => {
    const r = await fullRoomWithQueue();
    r.t.clock.set(at("08:40"));
    await r.a.on(r.booked[0].id, "leave");
    const offer = await heldOffer(r.first);
    r.t.clock.set(at("08:49"));
    const accepted = await r.first.on(offer.id, "accept");
    expect(accepted.json).toMatchObject({ id: offer.id, status: "confirmed", holdExpiresAt: null });
    r.t.clock.set(at("08:51"));
    expect(await r.duties()).toEqual(NOTHING);
    expect(await heldOffer(r.second)).toBeUndefined();
  });

  it("lets an offer run out after the offer minutes, passes the seat to the next in line and refuses a late accept", async () => {
    const r = await fullRoomWithQueue();
    r.t.clock.set(at("08:40"));
    await r.a.on(r.booked[0].id, "leave");
    const offer = await heldOffer(r.first);
    r.t.clock.set(new Date(Date.parse(at("08:50")) - 1).toISOString());
    expect(await r.duties()).toEqual(NOTHING);
    r.t.clock.set(at("08:50"));
    const late = await r.first.on(offer.id, "accept");
    expect([late.status, late.json.error.code]).toEqual([409, "OFFER_EXPIRED"]);
    expect(await r.duties()).toEqual({ ...NOTHING, expiredOffers: 1, offers: 1 });
    expect(await r.duties()).toEqual(NOTHING);
    expect(await heldOffer(r.second)).toMatchObject({ seatId: r.seat(0), offerExpiresAt: at("09:00") });
    expect((await r.first.on(offer.id, "accept")).json.error.code).toBe("OFFER_EXPIRED");
    expect((await r.first.day()).mine).toEqual([]);
  });

  it("passes a declined offer to the next in line at once", async () => {
    const r = await fullRoomWithQueue();
    r.t.clock.set(at("08:40"));
    await r.a.on(r.booked[0].id, "leave");
    const offer = await heldOffer(r.first);
    expect((await r.first.on(offer.id, "decline")).json).toEqual({ bookingId: offer.id, declined: true });
    expect(await heldOffer(r.second)).toMatchObject({ seatId: r.seat(0), offerExpiresAt: at("08:50") });
    expect((await r.first.day()).mine).toEqual([]);
  });

  it("offers the seat of a no-show to the first in line when the duties release it, once however often they run", async () => {
    const r = await fullRoomWithQueue();
    r.t.clock.set(at("09:50"));
    expect((await r.b.on(r.booked[1].id, "check-in")).json.status).toBe("checked_in");
    r.t.clock.set(at("10:15"));
    expect(await r.duties()).toEqual({ ...NOTHING, noShows: 1, offers: 1 });
    expect(await r.duties()).toEqual(NOTHING);
    expect(await heldOffer(r.first)).toMatchObject({ seatId: r.seat(0), offerExpiresAt: at("10:25") });
    expect(await heldOffer(r.second)).toBeUndefined();
  });

  // The offer keeps the range the person queued for, which has begun by the time a no-show frees
  // it: check-in has to run from the offer, or accepting would only earn a strike.
  it("lets the person who accepts a seat freed by a no-show after its start check in, with no strike", async () => {
    const r = await fullRoomWithQueue();
    r.t.clock.set(at("09:50"));
    await r.b.on(r.booked[1].id, "check-in");
    r.t.clock.set(at("10:15"));
    await r.duties();
    const offer = await heldOffer(r.first);
    r.t.clock.set(at("10:17"));
    expect((await r.first.on(offer.id, "accept")).json.status).toBe("confirmed");
    expect((await r.first.on(offer.id, "check-in")).json.status).toBe("checked_in");
    r.t.clock.set(at("10:18"));
    expect((await r.duties()).noShows).toBe(0);
  });

  // An entry that ends where it starts could never be offered a seat, and trying would stop the
  // offers to everyone behind it.
  it("refuses to queue for a range that ends where it starts, and freed seats keep going to those in line", async () => {
    const r = await openRoom(1);
    const [a, odd, next] = await Promise.all([r.student(), r.student(), r.student()]);
    const booked = (await a.book(r.seat(0), at("10:00"), at("12:00"))).json;
    const empty = await odd.join(at("11:00"), at("11:00"));
    expect([empty.status, empty.json.error.code]).toEqual([422, "EMPTY_RANGE"]);
    r.t.clock.advance(1000);
    await next.join(at("10:00"), at("12:00"));
    r.t.clock.set(at("08:40"));
    expect((await a.on(booked.id, "leave")).status).toBe(200);
    expect(await heldOffer(next)).toMatchObject({ seatId: r.seat(0) });
    await expect(r.duties()).resolves.toEqual(NOTHING);
  });
});

describe("an offer cancelled by staff", () => {
  it("ends the person's place in line with it, so they can queue again, and passes the seat on", async () => {
    const r = await fullRoomWithQueue();
    r.t.clock.set(at("08:40"));
    await r.a.on(r.booked[0].id, "leave");
    const offer = await heldOffer(r.first);
    const desk = await makeStaff(r.t.db, r.community, "community_admin");
    const cancel = await call(
      r.t,
      "POST",
      `/api/communities/${r.community.id}/study-room/bookings/${offer.id}/cancel`,
      {
        cookie: await signInAs(r.t, desk.username, desk.password),
        body: { reason: "座位需要维修" },
      },
    );
    expect(cancel.status).toBe(200);
    expect(await heldOffer(r.second)).toMatchObject({ seatId: r.seat(0) });
    // The old entry is over: joining again is a new place in line, not the dead offer.
    const again = await r.first.join(at("10:00"), at("12:00"));
    expect(again.json).toMatchObject({ status: "waiting" });
    expect((await r.first.day()).waitlist).toEqual([expect.objectContaining({ id: again.json.id, position: 1 })]);
  });
});
