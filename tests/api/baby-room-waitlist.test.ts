import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type BabyRoom, babyRoomScene } from "../support/baby-room";
import type { TestApp } from "../support/test-app";

// 2026-11-24 is a Tuesday, 08:30 in Shanghai; the sessions here are on the following days.
const MORNING = "2026-11-24T00:30:00Z";
let t: TestApp;
let room: BabyRoom;
let oneToOne: string;
beforeAll(async () => {
  ({ t, room } = await babyRoomScene(MORNING));
  // One caregiver, one child: a session with a single place.
  const type = await room.staff("POST", "/session-types", {
    kind: "childcare",
    name: "一对一托育",
    minutes: 120,
    minAgeMonths: 0,
    maxAgeMonths: 36,
    ratio: 1,
    guardianStays: false,
    usesAllowance: true,
    priceFen: 0,
  });
  oneToOne = type.json.id;
});
afterAll(() => t.cleanup());
beforeEach(() => t.clock.set(MORNING));

let day = 0;
/** A one-place session on a day no other test uses, with the family that took its place. */
async function fullSession() {
  day += 1;
  const startsAt = new Date(new Date("2026-11-25T09:00:00+08:00").getTime() + day * 86_400_000).toISOString();
  const made = await room.staff("POST", "/sessions", { typeId: oneToOne, startsAt, caregivers: 1 });
  expect(made.status).toBe(201);
  const first = await room.newFamily();
  const booked = await room.book(first.headers, made.json.id, first.child.id);
  expect(booked.status).toBe(200);
  return { sessionId: made.json.id as string, startsAt, first, firstBooking: booked.json.id as string };
}

const wait = (headers: Record<string, string>, sessionId: string, childId: string, key = crypto.randomUUID()) =>
  room.kioskCall(headers, "POST", "/waitlist", { sessionId, childId, idempotencyKey: key });

async function overviewOf(family: Awaited<ReturnType<typeof room.newFamily>>) {
  const res = await room.kioskCall(await family.visit(), "GET", "/overview");
  return res.json.children.find((c: { id: string }) => c.id === family.child.id);
}

describe("the baby room's waitlist", () => {
  it("lets a guardian wait only for a full session, once per child, with a key that belongs to one request", async () => {
    const { sessionId } = await fullSession();
    const free = await room.newSession("early_education", "2026-11-26T07:00:00Z");
    const family = await room.newFamily();
    const notFull = await wait(family.headers, free, family.child.id);
    expect(notFull.status).toBe(409);
    expect(notFull.json.error.code).toBe("PLACES_FREE");

    const key = crypto.randomUUID();
    const joined = await wait(family.headers, sessionId, family.child.id, key);
    expect(joined.status).toBe(200);
    expect(joined.json).toMatchObject({ sessionId, childId: family.child.id, status: "waiting" });
    expect((await wait(family.headers, sessionId, family.child.id, key)).json).toEqual(joined.json);
    const reused = await wait(family.headers, free, family.child.id, key);
    expect(reused.status).toBe(409);
    expect(reused.json.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    const again = await wait(family.headers, sessionId, family.child.id);
    expect(again.json.id).toBe(joined.json.id);
    expect((await overviewOf(family)).waiting).toEqual([
      { id: joined.json.id, sessionId, status: "waiting", offer: null },
    ]);
  });

  it("offers the freed place of that very session, and of no other session at the same time", async () => {
    const { sessionId, startsAt, first, firstBooking } = await fullSession();
    const family = await room.newFamily();
    await wait(family.headers, sessionId, family.child.id);
    // Another session at the same time with places free is not what this family waits for.
    await room.staff("POST", "/sessions", { typeId: room.types.childcare, startsAt, caregivers: 1 });
    expect((await t.scheduled()).offers).toBe(0);
    expect((await overviewOf(family)).waiting[0].offer).toBeNull();

    const cancelled = await room.kioskCall(first.headers, "POST", `/bookings/${firstBooking}/cancel`);
    expect(cancelled.json.status).toBe("cancelled");
    const waiting = (await overviewOf(family)).waiting;
    expect(waiting).toEqual([expect.objectContaining({ sessionId, status: "offered" })]);
    const offer = waiting[0].offer.bookingId as string;
    // The held place counts: nobody else can book it meanwhile.
    const other = await room.newFamily();
    expect((await room.book(other.headers, sessionId, other.child.id)).json.error.code).toBe("FULL");

    const accepted = await room.kioskCall(family.headers, "POST", `/offers/${offer}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({ id: offer, sessionId, status: "confirmed", payment: "allowance" });
    const ledger = await room.ledger(family.child.id);
    expect(ledger.entries.filter((e) => e.kind === "use")).toEqual([
      expect.objectContaining({ amount: -1, bookingId: offer }),
    ]);
    expect(ledger.balance).toBe(11);
    const after = await overviewOf(family);
    expect(after.waiting).toEqual([]);
    expect(after.bookings).toContainEqual(expect.objectContaining({ id: offer, status: "confirmed" }));
  });

  it("gives one freed place to one of 20 accepts and bookings sent at once, using one free session", async () => {
    const { sessionId, first, firstBooking } = await fullSession();
    const family = await room.newFamily();
    await wait(family.headers, sessionId, family.child.id);
    await room.kioskCall(first.headers, "POST", `/bookings/${firstBooking}/cancel`);
    const offer = (await overviewOf(family)).waiting[0].offer.bookingId as string;
    const others = await Promise.all(Array.from({ length: 10 }, () => room.newFamily()));
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, () => room.kioskCall(family.headers, "POST", `/offers/${offer}/accept`, {})),
      ...others.map((o) => room.book(o.headers, sessionId, o.child.id)),
    ]);
    const accepts = answers.slice(0, 10);
    const books = answers.slice(10);
    expect(accepts.every((a) => a.status === 200 && a.json.id === offer && a.json.status === "confirmed")).toBe(true);
    expect(books.every((b) => b.status === 409 && b.json.error.code === "FULL")).toBe(true);
    const ledger = await room.ledger(family.child.id);
    expect(ledger.entries.filter((e) => e.kind === "use")).toHaveLength(1);
    expect(ledger.balance).toBe(11);
    const week = await room.staff("GET", "/sessions?week=2026-11-23");
    const next = await room.staff("GET", "/sessions?week=2026-11-30");
    const session = [...week.json.sessions, ...next.json.sessions].find((s: { id: string }) => s.id === sessionId);
    expect(session).toMatchObject({ capacity: 1, taken: 1 });
  });

  it("lets an offer run out unused, or be declined, and passes the place to the next in line", async () => {
    const { sessionId, first, firstBooking } = await fullSession();
    const [a, b, c] = [await room.newFamily(), await room.newFamily(), await room.newFamily()];
    for (const f of [a, b, c]) expect((await wait(f.headers, sessionId, f.child.id)).status).toBe(200);
    await room.kioskCall(first.headers, "POST", `/bookings/${firstBooking}/cancel`);
    const offerA = (await overviewOf(a)).waiting[0].offer.bookingId as string;

    t.clock.advance(31 * 60_000); // the baby room holds an offer for 30 minutes
    const done = await t.scheduled();
    expect(done.expiredOffers).toBe(1);
    expect(done.offers).toBe(1);
    const late = await room.kioskCall(await a.visit(), "POST", `/offers/${offerA}/accept`, {});
    expect(late.status).toBe(409);
    expect(late.json.error.code).toBe("OFFER_EXPIRED");
    t.clock.set(MORNING); // the staff sign-in would have gone idle by then
    expect((await room.ledger(a.child.id)).entries.filter((e) => e.kind === "use")).toHaveLength(0);

    const offerB = (await overviewOf(b)).waiting[0].offer.bookingId as string;
    const declined = await room.kioskCall(await b.visit(), "POST", `/offers/${offerB}/decline`);
    expect(declined.json).toEqual({ bookingId: offerB, declined: true });
    const offerC = (await overviewOf(c)).waiting[0].offer;
    expect(offerC).not.toBeNull();
    const taken = await room.kioskCall(await c.visit(), "POST", `/offers/${offerC.bookingId}/accept`, {});
    expect(taken.json.status).toBe("confirmed");
  });

  it("answers an offer only to the child's guardians, and lets a guardian leave the line", async () => {
    const { sessionId, first, firstBooking } = await fullSession();
    const family = await room.newFamily();
    const stranger = await room.newFamily();
    const entry = await wait(family.headers, sessionId, family.child.id);
    expect((await room.kioskCall(stranger.headers, "POST", `/waitlist/${entry.json.id}/cancel`)).status).toBe(403);
    await room.kioskCall(first.headers, "POST", `/bookings/${firstBooking}/cancel`);
    const offer = (await overviewOf(family)).waiting[0].offer.bookingId as string;
    const refused = await room.kioskCall(stranger.headers, "POST", `/offers/${offer}/accept`, {});
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe("NOT_A_GUARDIAN");

    const later = await fullSession();
    const line = await wait(family.headers, later.sessionId, family.child.id);
    const left = await room.kioskCall(family.headers, "POST", `/waitlist/${line.json.id}/cancel`);
    expect(left.json).toMatchObject({ id: line.json.id, status: "cancelled" });
  });
});
