// The doors' relays reach the door-controller simulator through the app's outgoing fetch, in-process.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeKiosk, makeStaff, randomDescriptor } from "../support/factories";
import { createStationTestApp, type stationAt } from "../support/station";
import { call, signInAs, type TestApp } from "../support/test-app";

let t: TestApp;
let s: Awaited<ReturnType<typeof stationAt>>;
let community: { id: string; districtId: string };
let admin: string;
beforeAll(async () => {
  ({ t, s, community } = await createStationTestApp({ capacity: 5 }));
  const a = await makeStaff(t.db, community, "community_admin");
  admin = await signInAs(t, a.username, a.password);
});
afterAll(() => t.cleanup());

const station = async () => (await s.occupancy()).find((z) => z.zone === "station")!;
const auditActions = async () =>
  (await call(t, "GET", `${s.base}/audit?limit=200`, { cookie: admin })).json.entries.map(
    (e: { action: string }) => e.action,
  ) as string[];

describe("the door relay", () => {
  it("retries a controller that fails, then tells the kiosk the door did not open and gives the place back", async () => {
    const [rider] = await s.ridersWithPasses(1);
    s.controller.setFailure(503);
    const before = s.controller.events.length;
    const res = await s.scan(s.kiosks.entry, { code: rider!.code });
    s.controller.setFailure(null);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ state: "door_failed", inside: 0 });
    // Three signed attempts, each with its own nonce, none a replay of another.
    const attempts = s.controller.events.slice(before);
    expect(attempts.map((e) => e.verdict)).toEqual(["ok", "ok", "ok"]);
    expect(new Set(attempts.map((e) => e.command.nonce)).size).toBe(3);
    const [logged] = (await call(t, "GET", `${s.base}/station/door-events?limit=1`, { cookie: s.cookie })).json.events;
    expect(logged).toMatchObject({ outcome: "relay_failed", relayStatus: 503, relayAttempts: 3, courierId: rider!.id });
    expect((await station()).inside).toBe(0);

    // A controller that cannot be reached at all is the same answer; once back, the same pass opens the door.
    s.controller.setUnreachable(true);
    expect((await s.scan(s.kiosks.entry, { code: rider!.code })).json.state).toBe("door_failed");
    s.controller.setUnreachable(false);
    expect((await s.scan(s.kiosks.entry, { code: rider!.code })).json).toMatchObject({ state: "opened", inside: 1 });
  });

  it("treats a second entry scan by someone inside as the same visit, and an exit as its end", async () => {
    const [rider] = await s.ridersWithPasses(1);
    expect((await s.scan(s.kiosks.entry, { code: rider!.code })).json.state).toBe("opened");
    const inside = (await station()).inside;
    expect((await s.scan(s.kiosks.entry, { code: rider!.code })).json).toMatchObject({ state: "opened", inside });
    expect((await s.scan(s.kiosks.exit, { code: rider!.code })).json).toMatchObject({
      state: "opened",
      direction: "out",
      inside: inside - 1,
    });
  });

  it("lets staff open a door remotely or test it, audited with the reason, and logs it as a staff open", async () => {
    const [rider] = await s.ridersWithPasses(1, { gender: "female" });
    const open = await call(t, "POST", `${s.base}/station/doors/${s.doors.women.id}/open`, {
      cookie: s.cookie,
      body: { courierId: rider!.id, reason: "Rider's phone died at the door" },
    });
    expect(open.json).toMatchObject({ state: "opened", opened: true, relayStatus: 200, inside: 1 });
    const test = await call(t, "POST", `${s.base}/station/doors/${s.doors.station.id}/open`, {
      cookie: s.cookie,
      body: { reason: "test open", test: true },
    });
    expect(test.json.opened).toBe(true);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(["station.door.remote_open", "station.door.test_open"]),
    );
    const events = (await call(t, "GET", `${s.base}/station/door-events?limit=2`, { cookie: s.cookie })).json.events;
    expect(events.map((e: { method: string; reason: string }) => [e.method, e.reason])).toEqual([
      ["staff_remote", "test open"],
      ["staff_remote", "Rider's phone died at the door"],
    ]);
  });

  it("never shows a door's secret back, and records who changed the relay", async () => {
    const doors = (await call(t, "GET", `${s.base}/station/doors`, { cookie: s.cookie })).json.doors;
    expect(doors).toHaveLength(2);
    for (const d of doors) expect(d).toMatchObject({ hasSecret: true, webhookUrl: expect.any(String) });
    expect(JSON.stringify(doors)).not.toMatch(/secret_ciphertext|secretCiphertext/);
    expect(await auditActions()).toContain("station.door.relay");
  });
});

describe("at the station's kiosks", () => {
  it("refuses a face at a pass-only kiosk of any facility, at identification as at the door", async () => {
    const kiosk = await makeKiosk(t.db, { id: community.id, facilityId: s.facility.id });
    const mode = await call(t, "PUT", `${s.base}/kiosks/${kiosk.id}/mode`, {
      cookie: s.cookie,
      body: { passOnly: true, door: null },
    });
    expect(mode.json).toMatchObject({ passOnly: true, doorId: null });
    const res = await call(t, "POST", "/api/kiosk/identify", {
      headers: { authorization: `Bearer ${kiosk.token}` },
      body: { method: "face", descriptor: randomDescriptor() },
    });
    expect([res.status, res.json.error.code]).toEqual([403, "FACE_NOT_ALLOWED"]);
    const modeAtWomen = await call(t, "PUT", `${s.base}/kiosks/${kiosk.id}/mode`, {
      cookie: s.cookie,
      body: { passOnly: false, door: { doorId: s.doors.women.id, direction: "both" } },
    });
    expect(modeAtWomen.json.passOnly).toBe(true);
  });

  it("raises an urgent staff call with SOS, one per kiosk however often it is pressed", async () => {
    const first = await call(t, "POST", "/api/kiosk/station/sos", {
      headers: { authorization: `Bearer ${s.kiosks.women.token}` },
    });
    const again = await call(t, "POST", "/api/kiosk/station/sos", {
      headers: { authorization: `Bearer ${s.kiosks.women.token}` },
    });
    expect(again.json.callId).toBe(first.json.callId);
    const calls = (await call(t, "GET", `${s.base}/staff-calls`, { cookie: s.cookie })).json.calls;
    expect(calls.filter((c: { id: string }) => c.id === first.json.callId)).toEqual([
      expect.objectContaining({ sos: true, facilityKind: "station" }),
    ]);
  });

  it("registers a rider at the kiosk as pending, for the keeper to verify, with the phone shown only to the keeper", async () => {
    const reg = await call(t, "POST", "/api/kiosk/station/register", {
      headers: { authorization: `Bearer ${s.kiosks.entry.token}` },
      body: { name: "新骑手", phone: "13912345678", platform: "eleme", gender: "female", idempotencyKey: "register-1" },
    });
    expect(reg.status).toBe(201);
    const pending = await call(t, "GET", `${s.base}/station/couriers?status=pending`, { cookie: s.cookie });
    expect(pending.json.couriers).toEqual([expect.objectContaining({ id: reg.json.id, phone: "13912345678" })]);
    const asAdmin = await call(t, "GET", `${s.base}/station/couriers?status=pending`, { cookie: admin });
    expect(asAdmin.json.couriers[0].phone).toBe("139****5678");
  });

  it("lists the amenities staff set, in their order", async () => {
    const amenities = [
      { kind: "microwave", label: "微波炉", note: "" },
      { kind: "charging", label: "充电柜", note: "电动车电池" },
    ];
    expect(
      (await call(t, "PUT", `${s.base}/station/amenities`, { cookie: s.cookie, body: { amenities } })).status,
    ).toBe(200);
    const res = await call(t, "GET", "/api/kiosk/station/amenities", {
      headers: { authorization: `Bearer ${s.kiosks.entry.token}` },
    });
    expect(res.json.amenities).toEqual(amenities);
  });
});

describe("the nightly close and the reports", () => {
  it("closes visits of riders who left without scanning out, marked, once; counts entries by hour and lists visits as CSV", async () => {
    // 2026-11-23T02:00Z is 10:00 in Shanghai; the close is at 04:00 local the next morning.
    const [late] = await s.ridersWithPasses(1);
    expect((await s.scan(s.kiosks.entry, { code: late!.code })).json.state).toBe("opened");
    expect((await t.scheduled()).unclosedVisits).toBe(0);
    t.clock.set("2026-11-23T20:01:00Z");
    await s.signInAgain();
    const again = await makeStaff(t.db, community, "community_admin");
    admin = await signInAs(t, again.username, again.password);
    // Everyone inside any zone: the station, and the women's area a staff open let a rider into.
    const inside = (await s.occupancy()).reduce((n, z) => n + z.inside, 0);
    expect(inside).toBeGreaterThan(0);
    expect((await t.scheduled()).unclosedVisits).toBe(inside);
    expect((await t.scheduled()).unclosedVisits).toBe(0);
    expect((await station()).inside).toBe(0);

    const entries = await call(t, "GET", `${s.base}/station/reports/entries?from=2026-11-23&to=2026-11-23`, {
      cookie: s.cookie,
    });
    expect(entries.json.byHour[10]).toBe(entries.json.total);
    expect(entries.json.byWeekday[0]).toBe(entries.json.total); // a Monday
    const csv = await call(t, "GET", `${s.base}/station/reports/visits.csv?month=2026-11`, { cookie: s.cookie });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (csv.json as string).trim().split("\n");
    expect(lines[0]).toBe("entered,exited,zone,courier,platform,entry_method,exit_method,closed_by");
    expect(lines.filter((l) => l.endsWith(",nightly"))).toHaveLength(inside);
    expect(csv.json).not.toMatch(/139\d{8}/);
  });
});
