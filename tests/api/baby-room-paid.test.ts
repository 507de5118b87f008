import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SEED_SESSION_TYPES } from "../../api/seed/demo-baby-room";
import { type BabyRoom, babyRoomScene } from "../support/baby-room";
import { topUpCard } from "../support/factories";
import { type Community, signedInStaff } from "../support/signed-in";
import { call, type TestApp } from "../support/test-app";

// 2026-11-24 is a Tuesday, 08:30 in Shanghai. This room charges beyond the free allowance.
const MORNING = "2026-11-24T00:30:00Z";
const PRICE = 2000; // ¥20.00 an early-education class beyond the free sessions
let t: TestApp;
let room: BabyRoom;
let community: Community;
let admin: string;
beforeAll(async () => {
  ({ t, community, room } = await babyRoomScene(MORNING, { beyondAllowance: "paid" }));
  const early = SEED_SESSION_TYPES.find((s) => s.kind === "early_education")!;
  const priced = await room.staff("PUT", `/session-types/${room.types.early_education}`, { ...early, priceFen: PRICE });
  expect(priced.status).toBe(200);
  admin = (await signedInStaff(t, community)).cookie;
});
afterAll(() => t.cleanup());
beforeEach(() => t.clock.set(MORNING));

let slot = 0;
/** An early-education class at an hour no other test uses, from tomorrow. */
const nextClass = () => {
  const n = slot++;
  const at = new Date(
    new Date("2026-11-25T09:00:00+08:00").getTime() + Math.floor(n / 8) * 86_400_000 + (n % 8) * 3_600_000,
  );
  return room.newSession("early_education", at.toISOString());
};

/** A family whose child has used the year's free sessions, with money on the guardian's meal card. */
async function familyBeyondAllowance(cardFen: number) {
  const family = await room.newFamily();
  const used = await room.adjustAllowance(family.child.id, -12, "used at the old room this year");
  expect(used.json.balance).toBe(0);
  if (cardFen) await topUpCard(t.db, community.id, family.guardian.id, cardFen);
  return family;
}

const card = async (residentId: string) => {
  const res = await call(t, "GET", `/api/communities/${community.id}/meal-cards/${residentId}`, { cookie: admin });
  expect(res.status).toBe(200);
  return res.json as { balanceFen: number; entries: { kind: string; amountFen: number }[] };
};
const bookPaid = (headers: Record<string, string>, sessionId: string, childId: string, extra: object = {}) =>
  room.kioskCall(headers, "POST", "/bookings", { sessionId, childId, idempotencyKey: crypto.randomUUID(), ...extra });

describe("paid sessions beyond the free allowance", () => {
  it("asks the guardian to agree to the price, then books and pays from their meal card in one go", async () => {
    const family = await familyBeyondAllowance(5000);
    const id = await nextClass();
    const overview = await room.kioskCall(family.headers, "GET", "/overview");
    expect(overview.json).toMatchObject({ beyondAllowance: "paid", mealCardFen: 5000 });
    expect(overview.json.sessions.find((s: { id: string }) => s.id === id)).toMatchObject({ priceFen: PRICE });

    const unagreed = await bookPaid(family.headers, id, family.child.id);
    expect(unagreed.status).toBe(409);
    expect(unagreed.json.error).toMatchObject({ code: "PRICE_CHANGED", details: { priceFen: PRICE } });
    const key = crypto.randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        bookPaid(family.headers, id, family.child.id, { priceFen: PRICE, idempotencyKey: key }),
      ),
    );
    expect(answers.every((a) => a.status === 200 && a.json.id === answers[0]!.json.id)).toBe(true);
    expect(answers[0]!.json).toMatchObject({ status: "confirmed", payment: "paid", priceFen: PRICE });
    const paid = await card(family.guardian.id);
    expect(paid.balanceFen).toBe(3000);
    expect(paid.entries.filter((e) => e.kind === "payment")).toEqual([expect.objectContaining({ amountFen: -PRICE })]);
    const ledger = await room.ledger(family.child.id);
    expect(ledger.entries.filter((e) => e.kind === "use")).toHaveLength(0);
    expect(ledger.balance).toBe(0);
  });

  it("refunds the card once when 20 cancels before the cut-off race, and keeps the money after it", async () => {
    const family = await familyBeyondAllowance(5000);
    const [early, late] = [await nextClass(), await nextClass()];
    const booked = await bookPaid(family.headers, early, family.child.id, { priceFen: PRICE });
    const cancels = await Promise.all(
      Array.from({ length: 20 }, () => room.kioskCall(family.headers, "POST", `/bookings/${booked.json.id}/cancel`)),
    );
    expect(cancels.every((c) => c.status === 200 && c.json.status === "cancelled" && c.json.refunded)).toBe(true);
    const refunded = await card(family.guardian.id);
    expect(refunded.balanceFen).toBe(5000);
    expect(refunded.entries.filter((e) => e.kind === "refund")).toHaveLength(1);

    const second = await bookPaid(family.headers, late, family.child.id, { priceFen: PRICE });
    expect(second.status).toBe(200);
    const week = await room.staff("GET", "/sessions?week=2026-11-23");
    const startsAt = new Date(week.json.sessions.find((s: { id: string }) => s.id === late).startsAt);
    t.clock.set(new Date(startsAt.getTime() - 90 * 60_000).toISOString()); // inside the two-hour cut-off
    const cancelled = await room.kioskCall(await family.visit(), "POST", `/bookings/${second.json.id}/cancel`);
    expect(cancelled.json).toMatchObject({ status: "cancelled", refunded: false });
    t.clock.set(MORNING); // the staff sign-ins would have gone idle by then
    expect((await card(family.guardian.id)).balanceFen).toBe(5000 - PRICE);
  });

  it("refuses a session the card cannot pay for, taking neither the place nor any money", async () => {
    const family = await familyBeyondAllowance(1500);
    const id = await nextClass();
    const refused = await bookPaid(family.headers, id, family.child.id, { priceFen: PRICE });
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe("INSUFFICIENT_BALANCE");
    expect((await card(family.guardian.id)).balanceFen).toBe(1500);
    const overview = await room.kioskCall(family.headers, "GET", "/overview");
    expect(overview.json.sessions.find((s: { id: string }) => s.id === id).taken).toBe(0);
    expect(overview.json.children[0].bookings).toEqual([]);
  });

  it("still uses a free session first while the child has one, whatever price the kiosk showed", async () => {
    const family = await room.newFamily();
    const id = await nextClass();
    const booked = await bookPaid(family.headers, id, family.child.id, { priceFen: PRICE });
    expect(booked.json).toMatchObject({ payment: "allowance", priceFen: 0 });
    expect((await room.ledger(family.child.id)).balance).toBe(11);
  });

  it("pays for the place a waitlist offer held, from the card, once however many accepts race", async () => {
    const family = await familyBeyondAllowance(5000);
    const type = await room.staff("POST", "/session-types", {
      ...SEED_SESSION_TYPES[1],
      name: "一对一早教",
      ratio: 1,
      priceFen: PRICE,
    });
    const made = await room.staff("POST", "/sessions", {
      typeId: type.json.id,
      startsAt: "2026-12-03T07:00:00Z",
      caregivers: 1,
    });
    const first = await room.newFamily();
    const firstBooking = await room.book(first.headers, made.json.id, first.child.id);
    const line = await room.kioskCall(family.headers, "POST", "/waitlist", {
      sessionId: made.json.id,
      childId: family.child.id,
      priceFen: PRICE,
      idempotencyKey: crypto.randomUUID(),
    });
    expect(line.json.status).toBe("waiting");
    await room.kioskCall(first.headers, "POST", `/bookings/${firstBooking.json.id}/cancel`);
    const overview = await room.kioskCall(family.headers, "GET", "/overview");
    const offer = overview.json.children[0].waiting[0].offer.bookingId as string;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        room.kioskCall(family.headers, "POST", `/offers/${offer}/accept`, { priceFen: PRICE }),
      ),
    );
    expect(answers.every((a) => a.status === 200 && a.json.payment === "paid")).toBe(true);
    const paid = await card(family.guardian.id);
    expect(paid.balanceFen).toBe(3000);
    expect(paid.entries.filter((e) => e.kind === "payment")).toHaveLength(1);
  });

  it("gives a paid session's money back once when staff close the room over it", async () => {
    const family = await familyBeyondAllowance(5000);
    const id = await nextClass();
    const booked = await bookPaid(family.headers, id, family.child.id, { priceFen: PRICE });
    expect(booked.json.payment).toBe("paid");
    const start = new Date(booked.json.startsAt);
    const local = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
    const closed = await call(t, "POST", `/api/communities/${community.id}/closures`, {
      cookie: admin,
      body: {
        facilityId: room.facilityId,
        from: local(start),
        to: local(new Date(start.getTime() + 3_600_000)),
        reason: "消毒",
      },
    });
    expect(closed.status).toBe(201);
    expect(closed.json.bookingsCancelled).toBe(1);
    const cancelled = await room.kioskCall(family.headers, "POST", `/bookings/${booked.json.id}/cancel`);
    expect(cancelled.json).toMatchObject({ status: "cancelled", refunded: true });
    const after = await card(family.guardian.id);
    expect(after.balanceFen).toBe(5000);
    expect(after.entries.filter((e) => e.kind === "refund")).toHaveLength(1);
  });
});
