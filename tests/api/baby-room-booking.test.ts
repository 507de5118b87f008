import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runBookingDuties } from "../../api/booking/run-duties";
import { type BabyRoom, babyRoomScene } from "../support/baby-room";
import type { TestApp } from "../support/test-app";

// 2026-11-24 is a Tuesday, 08:30 in Shanghai. The seeds' rules: 12 free sessions a year, refused
// beyond them, cancel up to two hours before, a week ahead and more (14 days).
const MORNING = "2026-11-24T00:30:00Z";
let t: TestApp;
let room: BabyRoom;
beforeAll(async () => ({ t, room } = await babyRoomScene(MORNING)));
afterAll(() => t.cleanup());
beforeEach(() => t.clock.set(MORNING));

/** A local date and time in Shanghai, `days` after 2026-11-24. */
const at = (days: number, time: string) =>
  new Date(new Date(`2026-11-24T${time}:00+08:00`).getTime() + days * 86_400_000).toISOString();
/** One-hour class times that no two tests share: 09:00 to 16:00 each day from tomorrow. */
let slot = 0;
const nextTime = () => {
  const n = slot++;
  return at(1 + Math.floor(n / 8), `${String(9 + (n % 8)).padStart(2, "0")}:00`);
};
/** `n` early-education sessions that do not overlap, with their starts. */
const sessions = (n: number) =>
  Promise.all(Array.from({ length: n }, () => nextTime()).map((time) => room.newSession("early_education", time)));
const startOf = async (sessionId: string) => {
  const res = await room.kioskCall(await room.sessionFor((await room.newFamily()).guardian.id), "GET", "/overview");
  return new Date(res.json.sessions.find((s: { id: string }) => s.id === sessionId).startsAt);
};
const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000).toISOString();

describe("the free-session allowance", () => {
  it("lets a child use the 12 free sessions of the year and refuses the 13th with a clear code", async () => {
    const family = await room.newFamily();
    const ids = await sessions(13);
    for (const id of ids.slice(0, 12)) expect((await room.book(family.headers, id, family.child.id)).status).toBe(200);
    const thirteenth = await room.book(family.headers, ids[12]!, family.child.id);
    expect(thirteenth.status).toBe(409);
    expect(thirteenth.json.error.code).toBe("ALLOWANCE_EXHAUSTED");
    const ledger = await room.ledger(family.child.id);
    expect(ledger.balance).toBe(0);
    expect(ledger.entries.filter((e) => e.kind === "use")).toHaveLength(12);
    const overview = await room.kioskCall(await family.visit(), "GET", "/overview");
    expect(overview.json.children[0].allowance.left).toBe(0);
    expect(overview.json.children[0].bookings).toHaveLength(12);
  });

  it("gives exactly one of 20 simultaneous bookings the last free session", async () => {
    const family = await room.newFamily();
    const adjust = await room.adjustAllowance(family.child.id, -11, "used elsewhere this year");
    expect(adjust.json.balance).toBe(1);
    const ids = await sessions(20);
    const answers = await Promise.all(ids.map((id) => room.book(family.headers, id, family.child.id)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    const refused = answers.filter((a) => a.status !== 200);
    expect(refused.every((a) => a.status === 409 && a.json.error.code === "ALLOWANCE_EXHAUSTED")).toBe(true);
    const ledger = await room.ledger(family.child.id);
    expect(ledger.balance).toBe(0);
    expect(ledger.entries.filter((e) => e.kind === "use")).toHaveLength(1);
  });

  it("answers a retried booking with the first one and uses one free session, even when the retries race", async () => {
    const family = await room.newFamily();
    const [id] = await sessions(1);
    const key = crypto.randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => room.book(family.headers, id!, family.child.id, key)),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(new Set(answers.map((a) => a.json.id)).size).toBe(1);
    expect((await room.ledger(family.child.id)).balance).toBe(11);
  });

  it("refunds a cancel before the cut-off once, however many cancels race, and not after the cut-off", async () => {
    const family = await room.newFamily();
    const [early, late] = await sessions(2);
    const booked = await room.book(family.headers, early!, family.child.id);
    const cancels = await Promise.all(
      Array.from({ length: 20 }, () => room.kioskCall(family.headers, "POST", `/bookings/${booked.json.id}/cancel`)),
    );
    expect(cancels.every((c) => c.status === 200 && c.json.status === "cancelled" && c.json.refunded)).toBe(true);
    const ledger = await room.ledger(family.child.id);
    expect(ledger.entries.filter((e) => e.kind === "refund")).toHaveLength(1);
    expect(ledger.balance).toBe(12);

    const second = await room.book(family.headers, late!, family.child.id);
    t.clock.set(minutes(await startOf(late!), -90)); // past the two-hour cut-off
    const cancelled = await room.kioskCall(await family.visit(), "POST", `/bookings/${second.json.id}/cancel`);
    expect(cancelled.json).toMatchObject({ status: "cancelled", refunded: false });
    t.clock.set(MORNING); // the staff sign-in would have gone idle by then
    expect((await room.ledger(family.child.id)).balance).toBe(11);
  });

  it("consumes the session of a no-show found by the duties, per the seeds' policy, and writes it to the ledger once", async () => {
    const family = await room.newFamily();
    const [id] = await sessions(1);
    await room.book(family.headers, id!, family.child.id);
    t.clock.set(minutes(await startOf(id!), 31)); // the grace period is 30 minutes
    expect((await runBookingDuties({ db: t.db, clock: t.clock })).noShows).toBeGreaterThanOrEqual(1);
    await runBookingDuties({ db: t.db, clock: t.clock });
    t.clock.set(MORNING); // the staff sign-in would have gone idle by then
    const ledger = await room.ledger(family.child.id);
    expect(ledger.entries.filter((e) => e.kind === "no_show")).toEqual([expect.objectContaining({ amount: 0 })]);
    expect(ledger.balance).toBe(11);
  });
});

describe("places and ages", () => {
  it("gives the last place to exactly one of 20 families booking at once", async () => {
    const id = await room.newSession("childcare", at(3, "09:00"), 1); // 1 caregiver × 5
    const first = await Promise.all(Array.from({ length: 4 }, () => room.newFamily()));
    for (const f of first) expect((await room.book(f.headers, id, f.child.id)).status).toBe(200);
    const crowd = await Promise.all(Array.from({ length: 20 }, () => room.newFamily()));
    const answers = await Promise.all(crowd.map((f) => room.book(f.headers, id, f.child.id)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409 && a.json.error.code === "FULL")).toHaveLength(19);
    const losers = crowd.filter((_, i) => answers[i]!.status !== 200);
    expect((await room.ledger(losers[0]!.child.id)).balance).toBe(12);
  });

  it("judges age on the session's date: a child who turns 3 before it cannot come to childcare", async () => {
    const family = await room.newFamily("2023-11-27");
    const before = await room.newSession("childcare", at(2, "14:00"));
    const after = await room.newSession("childcare", at(3, "14:00"));
    expect((await room.book(family.headers, before, family.child.id)).status).toBe(200);
    const refused = await room.book(family.headers, after, family.child.id);
    expect(refused.json.error.code).toBe("TOO_OLD");
  });

  it("refuses a booking for a child the resident is not guardian of", async () => {
    const family = await room.newFamily();
    const stranger = await room.newFamily();
    const [id] = await sessions(1);
    const res = await room.book(stranger.headers, id!, family.child.id);
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe("NOT_A_GUARDIAN");
  });
});
