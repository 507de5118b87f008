// The doors' relays reach the door-controller simulator (scripts/door-controller-core.ts) through
// the app's outgoing fetch, in-process, so this file runs on both targets like every tests/api file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomDescriptor } from "../support/factories";
import { createStationTestApp, type stationAt } from "../support/station";
import { call, type TestApp } from "../support/test-app";

let t: TestApp;
let s: Awaited<ReturnType<typeof stationAt>>;
/** Riders the first test leaves inside, so later tests can make room. */
const inside: { code: string }[] = [];
beforeAll(async () => {
  ({ t, s } = await createStationTestApp({ capacity: 20, areaCapacity: 4 }));
});
afterAll(() => t.cleanup());

const stationZone = async () => (await s.occupancy()).find((z) => z.zone === "station")!;
const events = async (doorId: string) =>
  (await call(t, "GET", `${s.base}/station/door-events?doorId=${doorId}&limit=500`, { cookie: s.cookie })).json
    .events as { courierId: string | null; outcome: string; reason: string | null; method: string }[];

describe("the station door", () => {
  it("lets exactly one of 20 riders racing for the last place in, tells the others kindly how many wait, and never fails", async () => {
    inside.push(...(await s.ridersWithPasses(19)));
    for (const r of inside) expect((await s.scan(s.kiosks.entry, { code: r.code })).json.state).toBe("opened");
    const before = s.controller.opened().length;
    const racers = await s.ridersWithPasses(20);
    const answers = await Promise.all(racers.map((r) => s.scan(s.kiosks.entry, { code: r.code })));
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const states = answers.map((a) => a.json.state);
    expect(states.filter((x) => x === "opened")).toHaveLength(1);
    expect(states.filter((x) => x === "full")).toHaveLength(19);
    const full = answers.find((a) => a.json.state === "full")!.json;
    expect(full).toMatchObject({ inside: 20, capacity: 20 });
    expect(full.waiting).toBeGreaterThanOrEqual(1);
    expect(s.controller.opened().length - before).toBe(1);
    const zone = await stationZone();
    expect(zone.inside).toBe(20);
    expect(zone.waiting).toBe(19);

    // One leaves by the exit kiosk: the place is free again and the next rider gets in.
    expect((await s.scan(s.kiosks.exit, { code: inside.shift()!.code })).json).toMatchObject({
      state: "opened",
      direction: "out",
      inside: 19,
    });
    const waiting = racers.find((_, i) => answers[i]!.json.state === "full")!;
    expect((await s.scan(s.kiosks.entry, { code: waiting.code })).json).toMatchObject({ state: "opened", inside: 20 });
    expect((await stationZone()).waiting).toBe(18);
  });

  it("sends one correctly signed command per opening, whose replay or late copy the controller refuses", async () => {
    const last = s.controller.opened().at(-1)!;
    expect(last.command.door).toBe(s.doors.station.id);
    expect(last.command.signature).toMatch(/^[\w-]{43}$/);
    expect(await s.controller.send(last.command)).toEqual({ status: 409, verdict: "replayed" });
    expect(await s.controller.send({ ...last.command, nonce: "forged-nonce" })).toEqual({
      status: 401,
      verdict: "bad_signature",
    });
    t.clock.advance(31_000);
    expect(await s.controller.send(last.command)).toEqual({ status: 409, verdict: "stale" });
  });
});

describe("who may pass", () => {
  it("refuses a man's pass at the women's door every time, and records each refusal", async () => {
    const [man] = await s.ridersWithPasses(1, { gender: "male" });
    const opened = s.controller.opened().length;
    for (let i = 0; i < 3; i++) {
      const res = await s.scan(s.kiosks.women, { code: man!.code });
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe("WOMEN_ONLY");
    }
    expect(s.controller.opened().length).toBe(opened);
    const refused = (await events(s.doors.women.id)).filter((e) => e.courierId === man!.id);
    expect(refused.map((e) => [e.outcome, e.reason])).toEqual(Array(3).fill(["refused", "WOMEN_ONLY"]));
  });

  it("lets a verified woman into the women's area by pass, and refuses a face there before matching anyone", async () => {
    const [woman] = await s.ridersWithPasses(1, { gender: "female" });
    const res = await s.scan(s.kiosks.women, { code: woman!.code });
    expect(res.json).toMatchObject({ state: "opened", direction: "in", inside: 1, capacity: 4 });
    const face = await s.scan(s.kiosks.women, { descriptor: randomDescriptor() });
    expect(face.status).toBe(403);
    expect(face.json.error.code).toBe("FACE_NOT_ALLOWED");
  });

  it("refuses a pending or a suspended courier at the station door, and lets them in once verified or reinstated", async () => {
    const [pending] = await s.ridersWithPasses(1, { verifiedAt: null, createdAt: t.clock.now() });
    const [suspended] = await s.ridersWithPasses(1, { suspendedAt: new Date("2026-02-01T00:00:00Z") });
    const p = await s.scan(s.kiosks.entry, { code: pending!.code });
    expect([p.status, p.json.error.code]).toEqual([403, "COURIER_NOT_VERIFIED"]);
    const q = await s.scan(s.kiosks.entry, { code: suspended!.code });
    expect([q.status, q.json.error.code]).toEqual([403, "COURIER_SUSPENDED"]);

    const review = (id: string, act: string) =>
      call(t, "POST", `${s.base}/station/couriers/${id}/review`, {
        cookie: s.cookie,
        body: { act, reason: "ID seen at the desk" },
      });
    expect((await review(pending!.id, "verify")).json).toEqual({ id: pending!.id, status: "verified" });
    expect((await review(suspended!.id, "reinstate")).json).toEqual({ id: suspended!.id, status: "verified" });
    expect((await review(pending!.id, "verify")).json.error.code).toBe("WRONG_STATUS");

    // Two riders leave to make room; the same passes now open the door.
    for (const r of inside.splice(0, 2))
      expect((await s.scan(s.kiosks.exit, { code: r.code })).json.state).toBe("opened");
    expect((await s.scan(s.kiosks.entry, { code: pending!.code })).json.state).toBe("opened");
    expect((await s.scan(s.kiosks.entry, { code: suspended!.code })).json.state).toBe("opened");
  });

  it("refuses a registration nobody verified in time, at the door and at the desk", async () => {
    const [lapsed] = await s.ridersWithPasses(1, {
      verifiedAt: null,
      createdAt: new Date(t.clock.now().getTime() - 14 * 86_400_000),
    });
    const scan = await s.scan(s.kiosks.entry, { code: lapsed!.code });
    expect([scan.status, scan.json.error.code]).toEqual([403, "REGISTRATION_EXPIRED"]);
    const res = await call(t, "POST", `${s.base}/station/couriers/${lapsed!.id}/review`, {
      cookie: s.cookie,
      body: { act: "verify", reason: "ID seen at the desk" },
    });
    expect([res.status, res.json.error.code]).toEqual([409, "REGISTRATION_EXPIRED"]);
  });

  it("suspends a verified courier with a reason, after which the pass no longer opens the door", async () => {
    const [rider] = await s.ridersWithPasses(1);
    const res = await call(t, "POST", `${s.base}/station/couriers/${rider!.id}/review`, {
      cookie: s.cookie,
      body: { act: "suspend", reason: "Pass lent to someone else" },
    });
    expect(res.json).toEqual({ id: rider!.id, status: "suspended" });
    const scan = await s.scan(s.kiosks.entry, { code: rider!.code });
    expect([scan.status, scan.json.error.code]).toEqual([403, "COURIER_SUSPENDED"]);
  });
});
