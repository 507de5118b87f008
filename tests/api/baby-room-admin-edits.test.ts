import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { babyRoomDefaults } from "../../api/seed/demo-baby-room";
import { auditLog } from "../../db/schema";
import { type BabyRoom, babyRoomScene } from "../support/baby-room";
import { makeCommunity } from "../support/factories";
import { type Community, signedInStaff } from "../support/signed-in";
import { call, type TestApp } from "../support/test-app";

// Tuesday 24 November 2026, 08:30 in Shanghai.
const MORNING = "2026-11-24T00:30:00Z";
const NEXT_WEEK = "2026-12-01T01:00:00Z"; // Tuesday 09:00
let t: TestApp;
let community: Community;
let room: BabyRoom;
let adminCookie: string;
beforeAll(async () => {
  ({ t, community, room } = await babyRoomScene(MORNING));
  adminCookie = (await signedInStaff(t, community)).cookie;
});
afterAll(() => t.cleanup());
beforeEach(() => t.clock.set(MORNING));

// The seed's rules, the starting point every change here goes back to.
const { facilityId: _f, communityId: _c, updatedAt: _u, ...seedRules } = babyRoomDefaults("", "", new Date()).policy;
const setRules = (rules: Record<string, unknown>, cookie = adminCookie, communityId = community.id) =>
  call(t, "PUT", `/api/communities/${communityId}/baby-room/policy`, {
    cookie,
    body: { ...seedRules, reason: "新学期调整", ...rules },
  });
const sessionOf = async (id: string, week = "2026-11-30") =>
  ((await room.staff("GET", `/sessions?week=${week}`)).json.sessions as { id: string; capacity: number }[]).find(
    (s) => s.id === id,
  );
const auditOf = async (entityId: string) =>
  (await t.db.select().from(auditLog).where(eq(auditLog.entityId, entityId))).map((a) => a);

describe("the room's rules", () => {
  it("lets the community admin change them, audited with before and after, and not the room's own staff", async () => {
    const refused = await room.staff("PUT", "/policy", { ...seedRules, allowancePerPeriod: 10, reason: "试一下" });
    expect(refused.status).toBe(403);
    const changed = await setRules({
      allowancePerPeriod: 20,
      rolloverMax: 2,
      beyondAllowance: "paid",
      feverTenths: 375,
    });
    expect(changed.status).toBe(200);
    expect(changed.json.policy).toMatchObject({ allowancePerPeriod: 20, beyondAllowance: "paid", feverTenths: 375 });
    expect((await room.staff("GET", "")).json.policy).toMatchObject({ allowancePerPeriod: 20, rolloverMax: 2 });
    const lines = (await auditOf(room.facilityId)).filter((a) => a.action === "baby_room.update_policy");
    expect(lines.at(-1)?.before).toMatchObject({ allowancePerPeriod: 12, beyondAllowance: "refuse" });
    expect(lines.at(-1)?.after).toMatchObject({ allowancePerPeriod: 20, reason: "新学期调整" });
    // A new child's first period is granted on the new rule.
    const family = await room.newFamily();
    expect((await room.ledger(family.child.id)).balance).toBe(20);
    await setRules({});
  });

  it("refuses bad rules with the one error shape, and another community's admin", async () => {
    const bad = await setRules({ periodMonths: 5, roomSize: 0 });
    expect(bad.status).toBe(422);
    expect(bad.json.error).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(typeof bad.json.error.requestId).toBe("string");
    const midway = await setRules({ periodMonths: 6 });
    expect(midway.status).toBe(422);
    expect(midway.json.error.code).toBe("PERIOD_CHANGE_MIDWAY");
    const elsewhere = await makeCommunity(t.db);
    const foreign = await setRules({}, (await signedInStaff(t, elsewhere)).cookie);
    expect(foreign.status).toBe(403);
  });

  it("resizes every session to come at once with the room, asking first when that leaves bookings without a place", async () => {
    const session = await room.newSession("childcare", NEXT_WEEK, 2); // 2 × 5 = 10 places
    const families = [];
    for (let i = 0; i < 3; i++) families.push(await room.newFamily());
    for (const f of families) expect((await room.book(f.headers, session, f.child.id)).status).toBe(200);

    expect((await setRules({ roomSize: 8 })).status).toBe(200);
    expect(await sessionOf(session)).toMatchObject({ capacity: 8 });

    const below = await setRules({ roomSize: 2 });
    expect(below.status).toBe(409);
    expect(below.json.error.code).toBe("BELOW_BOOKED");
    expect(below.json.error.details.affected).toHaveLength(1);
    expect(await sessionOf(session)).toMatchObject({ capacity: 8 });

    const cancelled = await setRules({ roomSize: 2, choice: "cancel" });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json).toMatchObject({ bookingsCancelled: 1, sessionsReturned: 1, choice: "cancel" });
    expect(await sessionOf(session)).toMatchObject({ capacity: 2 });
    // The last to book lost the place and got the free session back; the first two keep theirs.
    const last = families[2]!;
    expect((await room.ledger(last.child.id)).balance).toBe(12);
    expect((await room.ledger(families[0]!.child.id)).balance).toBe(11);
    expect((await setRules({})).status).toBe(200);
    expect(await sessionOf(session)).toMatchObject({ capacity: 10 });
  });

  it("takes six sizes sent at once one after another: the sessions follow the last, and each audit line replaces the one before", async () => {
    const session = await room.newSession("childcare", "2026-12-02T01:00:00Z", 3); // 3 × 5 = 15 places, the room 12
    const sizes = [13, 14, 15, 16, 17, 18];
    const answers = await Promise.all(sizes.map((roomSize) => setRules({ roomSize })));
    // A change that loses the race three times is told so; none is lost silently.
    for (const a of answers) expect([200, 409]).toContain(a.status);
    for (const a of answers.filter((x) => x.status === 409)) expect(a.json.error.code).toBe("EDITED_CONCURRENTLY");
    const landed = answers.filter((a) => a.status === 200).length;
    expect(landed).toBeGreaterThan(0);
    const lines = (await auditOf(room.facilityId))
      .filter((a) => a.action === "baby_room.update_policy")
      .slice(-landed)
      .map((a) => [(a.before as { roomSize: number }).roomSize, (a.after as { roomSize: number }).roomSize]);
    // One chain: each line's before is the previous line's after, starting from the room's 12.
    const chain = new Map(lines.map(([before, after]) => [before, after]));
    expect(chain.size).toBe(landed);
    let size = 12;
    for (let i = 0; i < landed; i++) size = chain.get(size)!;
    const { roomSize } = (await room.staff("GET", "")).json.policy;
    expect(roomSize).toBe(size);
    expect(await sessionOf(session)).toMatchObject({ capacity: Math.min(15, roomSize) });
    expect((await setRules({})).status).toBe(200);
  });
});

describe("sessions on the calendar", () => {
  it("changes a session's caregivers, and below what is booked keeps or cancels the last booked as staff choose", async () => {
    const session = await room.newSession("early_education", "2026-12-02T07:00:00Z", 1); // 1 × 6
    const families = [await room.newFamily(), await room.newFamily()];
    for (const f of families) expect((await room.book(f.headers, session, f.child.id)).status).toBe(200);
    const edit = (caregivers: number, extra: Record<string, unknown> = {}) =>
      room.staff("PUT", `/sessions/${session}`, {
        typeId: room.types.early_education,
        startsAt: "2026-12-02T07:00:00Z",
        caregivers,
        reason: "保育员请假",
        ...extra,
      });
    const more = await edit(2);
    expect(more.status).toBe(200);
    expect(more.json.session).toMatchObject({ capacity: 12, caregivers: 2, taken: 2 });
    const none = await edit(0);
    expect(none.status).toBe(409);
    expect(none.json.error.code).toBe("BELOW_BOOKED");
    expect(none.json.error.details.affected.map((a: { holderName: string }) => a.holderName)).toHaveLength(2);
    const kept = await edit(0, { choice: "keep" });
    expect(kept.status).toBe(200);
    expect(kept.json).toMatchObject({ choice: "keep", bookingsCancelled: 0, session: { capacity: 0, taken: 2 } });
    const moved = await edit(1, { startsAt: "2026-12-02T08:00:00Z" });
    expect(moved.status).toBe(409);
    expect(moved.json.error.code).toBe("SESSION_HAS_BOOKINGS");
    const audit = (await auditOf(session)).map((a) => a.action);
    expect(audit.filter((a) => a === "baby_room.update_session")).toHaveLength(2);
  });

  it("moves an unbooked session to another time and type", async () => {
    const session = await room.newSession("early_education", "2026-12-03T07:00:00Z", 1);
    const moved = await room.staff("PUT", `/sessions/${session}`, {
      typeId: room.types.parent_child,
      startsAt: "2026-12-03T08:00:00Z",
      caregivers: 2,
      reason: "改成亲子课",
    });
    expect(moved.status).toBe(200);
    expect(moved.json.session).toMatchObject({ kind: "parent_child", startsAt: "2026-12-03T08:00:00.000Z" });
  });

  it("removes a booked session only once staff confirm, cancelling each booking with notice and its free session back", async () => {
    const session = await room.newSession("childcare", "2026-12-04T01:00:00Z", 2);
    const family = await room.newFamily();
    const booked = await room.book(family.headers, session, family.child.id);
    expect((await room.ledger(family.child.id)).balance).toBe(11);
    const asked = await room.staff("POST", `/sessions/${session}/remove`, { reason: "停水" });
    expect(asked.status).toBe(409);
    expect(asked.json.error.code).toBe("SESSION_HAS_BOOKINGS");
    expect(asked.json.error.details.affected).toMatchObject([{ bookingId: booked.json.id }]);
    const removed = await Promise.all(
      [1, 2, 3].map(() => room.staff("POST", `/sessions/${session}/remove`, { reason: "停水", cancelBookings: true })),
    );
    const done = removed.filter((r) => r.status === 200);
    expect(done.length).toBeGreaterThanOrEqual(1);
    // However many confirmations race, the booking is cancelled once and its free session given back once.
    expect(done.reduce((n, r) => n + r.json.bookingsCancelled, 0)).toBe(1);
    expect(removed.every((r) => r.status === 200 || r.status === 404)).toBe(true);
    expect((await room.ledger(family.child.id)).balance).toBe(12);
    expect((await room.ledger(family.child.id)).entries.filter((e) => e.kind === "refund")).toHaveLength(1);
    expect(await sessionOf(session)).toMatchObject({ cancelled: true });
    const again = await room.book(family.headers, session, family.child.id);
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("OUT_OF_SERVICE");
  });

  it("deletes a weekly template: its unbooked sessions to come leave the calendar, booked ones stay", async () => {
    const added = await room.addWeeklyClass(3, "16:00");
    await room.staff("POST", "/weeks/2026-11-30");
    await room.staff("POST", "/weeks/2026-12-07");
    const week = async (monday: string) =>
      ((await room.staff("GET", `/sessions?week=${monday}`)).json.sessions as { id: string; startsAt: string }[]).find(
        (s) => s.startsAt.endsWith("T08:00:00.000Z"),
      )!;
    const [first, second] = [await week("2026-11-30"), await week("2026-12-07")];
    const family = await room.newFamily();
    expect((await room.book(family.headers, first.id, family.child.id)).status).toBe(200);
    const deleted = await room.staff("DELETE", `/templates/${added.json.id}`);
    expect(deleted.status, JSON.stringify(deleted.json)).toBe(200);
    expect(deleted.json).toMatchObject({ removed: true, sessionsRemoved: 1, sessionsKept: [first.id] });
    expect(await week("2026-11-30")).toMatchObject({ cancelled: false });
    expect(await week("2026-12-07")).toMatchObject({ id: second.id, cancelled: true });
    expect((await room.staff("GET", "")).json.templates.map((x: { id: string }) => x.id)).not.toContain(added.json.id);
    expect((await auditOf(added.json.id)).map((a) => a.action)).toContain("baby_room.delete_template");
  });
});
