import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idempotent } from "../../api/shared/idempotency";
import { idempotencyKeys } from "../../db/schema";
import { type makeKiosk, makeResident, makeStaff, topUpCard } from "../support/factories";
import { studyRoomAt } from "../support/study-room";
import { call, signInAs, type TestApp } from "../support/test-app";
import { canteenScene } from "../support/canteen";
import { type Community, signedInStaff } from "../support/signed-in";
import { identifyWithPass } from "../support/kiosk-sessions";

const CANTEEN_MORNING = "2026-11-23T01:00:00Z"; // 09:00 Shanghai, before the 10:00 cut-off
const STUDY_MORNING = "2026-11-24T00:30:00Z"; // 08:30 Shanghai, the study room is open
const at = (local: string) => new Date(`2026-11-24T${local}:00+08:00`).toISOString();

let t: TestApp;
let community: Community;
let kiosk: Awaited<ReturnType<typeof makeKiosk>>;
let admin: string;
let cook: string;
let cookTwo: string;
beforeAll(async () => {
  ({ t, community, kiosk, admin, cook } = await canteenScene(CANTEEN_MORNING));
  cookTwo = (await signedInStaff(t, community, "canteen_staff")).cookie;
});
afterAll(() => t.cleanup());

const base = () => `/api/communities/${community.id}`;
const canteenSession = (id: string) => identifyWithPass(t, { kiosk, cookie: admin, holder: { kind: "resident", id } });
const order = (headers: Record<string, string>, body: Record<string, unknown>) =>
  call(t, "POST", "/api/kiosk/canteen/orders", { headers, body: { sitting: "lunch", payment: "meal_card", ...body } });
const topUp = (cookie: string, residentId: string, amountFen: number, idempotencyKey: string) =>
  call(t, "POST", `${base()}/meal-cards/${residentId}/entries`, {
    cookie,
    body: { amountFen, kind: "top_up", method: "cash", idempotencyKey },
  });
const balance = async (residentId: string) =>
  (await call(t, "GET", `${base()}/meal-cards/${residentId}`, { cookie: cook })).json.balanceFen as number;

describe("the idempotency rule", () => {
  const caller = { kind: "resident", id: crypto.randomUUID() };
  const deps = () => ({ db: t.db, clock: t.clock });

  it("runs once per caller and key, replays the stored answer, and refuses the key for another request", async () => {
    t.clock.set(CANTEEN_MORNING);
    let runs = 0;
    const run = async (claimId: string) => ({ claimId, run: ++runs });
    const request = { operation: "test", amount: 1 };
    const first = await idempotent(deps(), { caller, key: "key-00001", request }, run);
    const again = await idempotent(
      deps(),
      { caller, key: "key-00001", request: { amount: 1, operation: "test" } },
      run,
    );
    expect(again).toEqual(first);
    expect(runs).toBe(1);
    await expect(
      idempotent(deps(), { caller, key: "key-00001", request: { operation: "test", amount: 2 } }, run),
    ).rejects.toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED" });
    const someoneElse = await idempotent(
      deps(),
      { caller: { kind: "resident", id: crypto.randomUUID() }, key: "key-00001", request },
      run,
    );
    expect(someoneElse.claimId).not.toBe(first.claimId);
  });

  it("forgets a key after 24 hours", async () => {
    t.clock.set(CANTEEN_MORNING);
    const run = async (claimId: string) => ({ claimId });
    const first = await idempotent(deps(), { caller, key: "key-00002", request: { operation: "a" } }, run);
    t.clock.advance(24 * 60 * 60_000);
    const later = await idempotent(deps(), { caller, key: "key-00002", request: { operation: "b" } }, run);
    expect(later.claimId).not.toBe(first.claimId);
    t.clock.advance(24 * 60 * 60_000);
    await t.scheduled(); // the duties sweep claims past their 24 hours
    const left = await t.db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.scope, `resident:${caller.id}`));
    expect(left.map((k) => k.key)).not.toContain("key-00002");
  });

  it("acts once when the same request races itself, and stores an answer only for a success", async () => {
    t.clock.set(CANTEEN_MORNING);
    const seen = new Set<string>();
    const run = async (claimId: string) => {
      seen.add(claimId);
      return { claimId };
    };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        idempotent(deps(), { caller, key: "key-00003", request: { operation: "a" } }, run),
      ),
    );
    expect(new Set(answers.map((a) => a.claimId)).size).toBe(1);
    expect(seen.size).toBe(1);
    let tries = 0;
    const failing = async () => {
      tries += 1;
      throw new Error("full");
    };
    await expect(
      idempotent(deps(), { caller, key: "key-00004", request: { operation: "a" } }, failing),
    ).rejects.toThrow();
    await expect(
      idempotent(deps(), { caller, key: "key-00004", request: { operation: "a" } }, failing),
    ).rejects.toThrow();
    expect(tries).toBe(2);
  });
});

describe("idempotency keys on meal orders and top-ups", () => {
  it("refuses an order key sent again with another sitting, payment or delivery", async () => {
    t.clock.set(CANTEEN_MORNING);
    const her = await makeResident(t.db, community.id, { birthDate: "1946-05-15", deliveryEligible: true });
    await topUpCard(t.db, community.id, her.id, 5000);
    const headers = await canteenSession(her.id);
    const key = crypto.randomUUID();
    const first = await order(headers, { idempotencyKey: key });
    expect(first.status).toBe(200);
    for (const other of [{ payment: "counter" }, { delivery: true }, { sitting: "dinner" }]) {
      const reused = await order(headers, { idempotencyKey: key, ...other });
      expect(reused.status).toBe(409);
      expect(reused.json.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    }
    const replay = await order(headers, { idempotencyKey: key });
    expect(replay.status).toBe(200);
    expect(replay.json).toEqual(first.json);
    expect(await balance(her.id)).toBe(5000 - first.json.payFen);
  });

  it("gives another resident using the same key their own order, never the first resident's", async () => {
    t.clock.set(CANTEEN_MORNING);
    const [her, him] = [await makeResident(t.db, community.id), await makeResident(t.db, community.id)];
    await topUpCard(t.db, community.id, her.id, 5000);
    await topUpCard(t.db, community.id, him.id, 3000);
    const key = crypto.randomUUID();
    const hers = await order(await canteenSession(her.id), { idempotencyKey: key });
    const his = await order(await canteenSession(him.id), { idempotencyKey: key });
    expect(hers.status).toBe(200);
    expect(his.status).toBe(200);
    expect(his.json.id).not.toBe(hers.json.id);
    expect(his.json.residentId).toBe(him.id);
    expect(his.json.balanceFen).toBe(3000 - his.json.payFen);
  });

  it("refuses a desk top-up key sent again with another amount, and records the first amount once", async () => {
    t.clock.set(CANTEEN_MORNING);
    const her = await makeResident(t.db, community.id);
    const key = crypto.randomUUID();
    const first = await topUp(cook, her.id, 100, key);
    expect(first.status).toBe(200);
    const reused = await topUp(cook, her.id, 5000, key);
    expect(reused.status).toBe(409);
    expect(reused.json.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect((await topUp(cook, her.id, 100, key)).json).toEqual(first.json);
    expect(await balance(her.id)).toBe(100);
    // Another staff member's key is theirs: the same text is a new top-up.
    expect((await topUp(cookTwo, her.id, 100, key)).status).toBe(200);
    expect(await balance(her.id)).toBe(200);
  });
});

describe("idempotency keys on study bookings, walk-ins and the waitlist", () => {
  let room: Awaited<ReturnType<typeof studyRoomAt>>;
  beforeAll(async () => {
    t.clock.set(STUDY_MORNING);
    const a = await makeStaff(t.db, community, "community_admin"); // yesterday's sessions have expired
    room = await studyRoomAt(t, community, await signInAs(t, a.username, a.password), 1);
  });

  it("refuses a booking key sent again with another end time", async () => {
    t.clock.set(STUDY_MORNING);
    const { headers } = await room.newStudent();
    const key = crypto.randomUUID();
    const first = await room.book(headers, room.seats[0]!.id, at("09:00"), at("10:00"), key);
    expect(first.status).toBe(200);
    const reused = await room.book(headers, room.seats[0]!.id, at("09:00"), at("11:00"), key);
    expect(reused.status).toBe(409);
    expect(reused.json.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    const replay = await room.book(headers, room.seats[0]!.id, at("09:00"), at("10:00"), key);
    expect(replay.json).toEqual(first.json);
  });

  it("refuses a walk-in key sent again for another length, and a waitlist key for another range", async () => {
    t.clock.set(STUDY_MORNING);
    const walker = await room.newStudent();
    const key = crypto.randomUUID();
    const walked = await room.kioskCall(walker.headers, "POST", "/walk-in", { minutes: 30, idempotencyKey: key });
    expect(walked.status).toBe(200);
    const reused = await room.kioskCall(walker.headers, "POST", "/walk-in", { minutes: 60, idempotencyKey: key });
    expect(reused.json.error?.code).toBe("IDEMPOTENCY_KEY_REUSED");

    const waiting = await room.newStudent();
    const waitKey = crypto.randomUUID();
    const range = { startsAt: at("08:30"), endsAt: at("09:00") }; // the one seat is taken by the walk-in
    const joined = await room.kioskCall(waiting.headers, "POST", "/waitlist", { ...range, idempotencyKey: waitKey });
    expect(joined.status).toBe(200);
    const other = await room.kioskCall(waiting.headers, "POST", "/waitlist", {
      startsAt: at("08:30"),
      endsAt: at("08:45"),
      idempotencyKey: waitKey,
    });
    expect(other.json.error?.code).toBe("IDEMPOTENCY_KEY_REUSED");
    const replay = await room.kioskCall(waiting.headers, "POST", "/waitlist", { ...range, idempotencyKey: waitKey });
    expect(replay.json).toEqual(joined.json);
  });
});
