// The keeper's side of the station: staff opens that count in occupancy, doors and their relays,
// the door's per-minute limit, and the kiosk verbs that take an idempotency key. The doors' relays
// reach the door-controller simulator through the app's outgoing fetch, on both targets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openKioskSession } from "../../api/identity/kiosk-session";
import { DOOR_ATTEMPTS_PER_MINUTE } from "../../api/station/rules";
import { descriptorNear, makeCourier, makeKiosk, makeStaff, randomDescriptor } from "../support/factories";
import { createStationTestApp, type stationAt } from "../support/station";
import { call, signInAs, type TestApp } from "../support/test-app";

let t: TestApp;
let s: Awaited<ReturnType<typeof stationAt>>;
let community: { id: string; districtId: string };
let admin: string;
beforeAll(async () => {
  ({ t, s, community } = await createStationTestApp({ capacity: 3, areaCapacity: 1 }));
  const a = await makeStaff(t.db, community, "community_admin");
  admin = await signInAs(t, a.username, a.password);
});
afterAll(() => t.cleanup());

const key = () => crypto.randomUUID();
const zoneOf = async (zone: string) => (await s.occupancy()).find((z) => z.zone === zone)!;
const remoteOpen = (doorId: string, body: Record<string, unknown>) =>
  call(t, "POST", `${s.base}/station/doors/${doorId}/open`, { cookie: s.cookie, body });
const audit = async () =>
  (await call(t, "GET", `${s.base}/audit?limit=200`, { cookie: admin })).json.entries as {
    action: string;
    entityId: string;
    after: Record<string, unknown> | null;
  }[];

describe("a face at the station's door", () => {
  it("lets an enrolled rider in and out by face where faces may be used, logged as a face with its distance", async () => {
    const rider = await makeCourier(t.db, community.id);
    const face = randomDescriptor(0.31);
    const body = (path: string, b: Record<string, unknown>) =>
      call(t, "POST", `${s.base}/${path}`, { cookie: s.cookie, body: b });
    const consent = { kind: "courier", id: rider.id, consentTextVersion: "2026-01", consentedBy: "本人" };
    expect((await body("face-consents", consent)).status).toBe(201);
    expect((await body("face-templates", { kind: "courier", id: rider.id, descriptor: face })).status).toBe(201);

    const entry = await s.scan(s.kiosks.entry, { descriptor: descriptorNear(face, 0.2, 0.5) });
    expect(entry.json).toMatchObject({ state: "opened", direction: "in", name: rider.name, inside: 1 });
    const [logged] = (await call(t, "GET", `${s.base}/station/door-events?limit=1`, { cookie: s.cookie })).json.events;
    expect(logged).toMatchObject({ method: "face", courierId: rider.id, outcome: "opened" });
    expect(logged.distance).toBeCloseTo(0.2, 2);
    expect((await s.scan(s.kiosks.exit, { descriptor: descriptorNear(face, 0.2, 0.6) })).json).toMatchObject({
      state: "opened",
      direction: "out",
      inside: 0,
    });
  });
});

describe("staff open a door remotely", () => {
  it("counts a rider let in from the admin page in occupancy, and a full station stays full without opening", async () => {
    const riders = await Promise.all([1, 2, 3, 4].map(() => makeCourier(t.db, community.id)));
    const before = s.controller.opened().length;
    const first = await remoteOpen(s.doors.station.id, {
      courierId: riders[0]!.id,
      reason: "手机没电了，站长核实身份",
    });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ state: "opened", opened: true, relayStatus: 200, inside: 1, capacity: 3 });
    expect(s.controller.opened().length - before).toBe(1);
    expect((await zoneOf("station")).inside).toBe(1);

    // Two more places, then one too many: the fourth answer is "full", and no command goes out.
    for (const r of riders.slice(1, 3))
      expect((await remoteOpen(s.doors.station.id, { courierId: r.id, reason: "站长放行" })).json.state).toBe("opened");
    const sent = s.controller.events.length;
    const full = await remoteOpen(s.doors.station.id, { courierId: riders[3]!.id, reason: "站长放行" });
    expect(full.json).toMatchObject({ state: "full", opened: false, commandId: null, inside: 3, capacity: 3 });
    expect(s.controller.events.length).toBe(sent);

    // Letting one out remotely ends that visit; the place is free again.
    const out = await remoteOpen(s.doors.station.id, {
      courierId: riders[0]!.id,
      direction: "out",
      reason: "站长放行出门",
    });
    expect(out.json).toMatchObject({ state: "opened", inside: 2 });
    const entry = (await audit()).find((e) => e.action === "station.door.remote_open" && e.after?.direction === "out");
    expect(entry?.after).toEqual({ reason: "站长放行出门", courierId: riders[0]!.id, direction: "out" });
  });

  it("gives the last place to exactly one when staff open for one rider while others show passes at once", async () => {
    const zone = await zoneOf("station");
    expect(zone.capacity - zone.inside).toBe(1);
    const named = await makeCourier(t.db, community.id);
    const racers = await s.ridersWithPasses(8);
    const answers = await Promise.all([
      remoteOpen(s.doors.station.id, { courierId: named.id, reason: "站长放行" }),
      ...racers.map((r) => s.scan(s.kiosks.entry, { code: r.code })),
    ]);
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(answers.filter((a) => a.json.state === "opened")).toHaveLength(1);
    expect((await zoneOf("station")).inside).toBe(zone.capacity);
  });

  it("overrides the women's door for a named rider, counted in the area and audited with the reason", async () => {
    const rider = await makeCourier(t.db, community.id, { gender: "female", verifiedAt: null });
    const res = await remoteOpen(s.doors.women.id, { courierId: rider.id, reason: "女骑手注册待审核，站长当面核实" });
    expect(res.json).toMatchObject({ state: "opened", inside: 1, capacity: 1 });
    expect((await zoneOf(s.area.id)).inside).toBe(1);
    const [logged] = (
      await call(t, "GET", `${s.base}/station/door-events?doorId=${s.doors.women.id}&limit=1`, {
        cookie: s.cookie,
      })
    ).json.events;
    expect(logged).toMatchObject({ method: "staff_remote", courierId: rider.id, direction: "in", outcome: "opened" });
    expect(
      (await audit()).some((e) => e.action === "station.door.remote_open" && e.after?.courierId === rider.id),
    ).toBe(true);
  });

  it("refuses an open with no reason, or one that names nobody and is not a test, before anything moves", async () => {
    const rider = await makeCourier(t.db, community.id);
    const sent = s.controller.events.length;
    for (const body of [
      { courierId: rider.id },
      { courierId: rider.id, reason: " " },
      { reason: "开一下门" },
      { reason: "测试", test: true, courierId: rider.id },
    ]) {
      const res = await remoteOpen(s.doors.station.id, body);
      expect([res.status, res.json.error.code]).toEqual([422, "VALIDATION_FAILED"]);
    }
    const stranger = await remoteOpen(s.doors.station.id, { courierId: crypto.randomUUID(), reason: "站长放行" });
    expect(stranger.status).toBe(404);
    expect(s.controller.events.length).toBe(sent);
  });
});

describe("doors and their relays", () => {
  it("adds a door for the women's area with its relay, never shows the secret back, and test-opens it with a signed command", async () => {
    const secret = "a-new-door-secret-of-enough-length";
    const created = await call(t, "POST", `${s.base}/station/doors`, {
      cookie: s.cookie,
      body: { name: "女性休息区后门", areaId: s.area.id, webhookUrl: "http://door-controller.test/back", secret },
    });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({
      id: expect.any(String),
      name: "女性休息区后门",
      areaId: s.area.id,
      womenOnly: true,
      webhookUrl: "http://door-controller.test/back",
      hasSecret: true,
    });
    const listed = await call(t, "GET", `${s.base}/station/doors`, { cookie: s.cookie });
    expect(JSON.stringify(listed.json)).not.toContain(secret);
    expect(JSON.stringify(await audit())).not.toContain(secret);

    // The controller learns the secret from whoever wires the board, not from the API.
    s.controller.addDoors({ [created.json.id]: secret });
    const test = await remoteOpen(created.json.id, { reason: "接线后测试", test: true });
    expect(test.json).toMatchObject({ state: "opened", opened: true, relayStatus: 200, answer: '{"verdict":"ok"}' });
    const last = s.controller.opened().at(-1)!;
    expect(last.command.door).toBe(created.json.id);
    expect(await s.controller.send(last.command)).toEqual({ status: 409, verdict: "replayed" });
    expect((await audit()).map((e) => [e.action, e.entityId])).toEqual(
      expect.arrayContaining([
        ["station.door.create", created.json.id],
        ["station.door.test_open", created.json.id],
      ]),
    );
  });

  it("shows the relay's refusal to a test open when the secret on the board differs", async () => {
    const created = await call(t, "POST", `${s.base}/station/doors`, {
      cookie: s.cookie,
      body: { name: "侧门", areaId: null, webhookUrl: "http://door-controller.test/side", secret: "x".repeat(20) },
    });
    expect(created.json.womenOnly).toBe(false);
    s.controller.addDoors({ [created.json.id]: "y".repeat(20) });
    const test = await remoteOpen(created.json.id, { reason: "测试", test: true });
    expect(test.json).toMatchObject({ state: "door_failed", opened: false, relayStatus: 401 });
    expect(test.json.answer).toContain("bad_signature");
  });

  it("refuses a door for an area the station does not have", async () => {
    const res = await call(t, "POST", `${s.base}/station/doors`, {
      cookie: s.cookie,
      body: { name: "不存在的门", areaId: crypto.randomUUID(), webhookUrl: null },
    });
    expect(res.status).toBe(404);
  });
});

describe("the door's limit counts each try before checking it", () => {
  it("checks at most the minute's limit of tries sent to one door kiosk at once, and answers the rest 429", async () => {
    const kiosk = await makeKiosk(t.db, { id: community.id, facilityId: s.facility.id });
    const mode = await call(t, "PUT", `${s.base}/kiosks/${kiosk.id}/mode`, {
      cookie: s.cookie,
      body: { passOnly: false, door: { doorId: s.doors.station.id, direction: "entry" } },
    });
    expect(mode.status).toBe(200);
    const tries = DOOR_ATTEMPTS_PER_MINUTE + 20;
    const answers = await Promise.all(
      Array.from({ length: tries }, (_, i) => s.scan(kiosk, { code: `LP1.nobody-${i}-xxxxxxxx` })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((x) => x >= 500)).toEqual([]);
    expect(statuses.filter((x) => x !== 429)).toHaveLength(DOOR_ATTEMPTS_PER_MINUTE);
    const limited = answers.find((a) => a.status === 429)!;
    expect(limited.json.error.code).toBe("RATE_LIMITED");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    t.clock.advance(61_000);
    expect((await s.scan(kiosk, { code: "LP1.nobody-after-a-minute" })).status).toBe(401);
  });
});

describe("kiosk verbs with an idempotency key", () => {
  const register = (kiosk: { token: string }, body: Record<string, unknown>) =>
    call(t, "POST", "/api/kiosk/station/register", { headers: { authorization: `Bearer ${kiosk.token}` }, body });
  const rider = { name: "新骑手", phone: "13912345678", platform: "eleme", gender: "female" };

  it("registers a rider once for a replayed key, refuses the key with another body, and keeps kiosks' keys apart", async () => {
    const k = key();
    const first = await register(s.kiosks.entry, { ...rider, idempotencyKey: k });
    expect(first.status).toBe(201);
    const replay = await register(s.kiosks.entry, { ...rider, idempotencyKey: k });
    expect([replay.status, replay.json]).toEqual([201, first.json]);
    const other = await register(s.kiosks.entry, { ...rider, name: "另一个人", idempotencyKey: k });
    expect([other.status, other.json.error.code]).toEqual([409, "IDEMPOTENCY_KEY_REUSED"]);
    const elsewhere = await register(s.kiosks.exit, { ...rider, idempotencyKey: k });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.json.id).not.toBe(first.json.id);
    const pending = (await call(t, "GET", `${s.base}/station/couriers?status=pending`, { cookie: s.cookie })).json
      .couriers as { id: string }[];
    expect(pending.filter((c) => [first.json.id, elsewhere.json.id].includes(c.id))).toHaveLength(2);
  });

  /** A courier identified at a service kiosk inside the station. */
  async function atServiceKiosk() {
    const kiosk = await makeKiosk(t.db, { id: community.id, facilityId: s.facility.id });
    const courier = await makeCourier(t.db, community.id);
    const { token } = await openKioskSession(t, { kiosk, holder: { kind: "courier", id: courier.id }, method: "qr" });
    const headers = { authorization: `Bearer ${kiosk.token}`, "x-kiosk-session": token };
    return (method: string, path: string, body?: unknown) =>
      call(t, method, `/api/kiosk/station${path}`, { headers, body });
  }

  it("books a shower once for a replayed key, refuses the key with another body, and keeps riders' keys apart", async () => {
    const [a, b] = [await atServiceKiosk(), await atServiceKiosk()];
    const [one, two] = (await a("GET", "/showers")).json.showers as { id: string; nextStart: string }[];
    const k = key();
    const booked = await a("POST", "/showers/bookings", {
      showerId: one!.id,
      startsAt: one!.nextStart,
      idempotencyKey: k,
    });
    expect(booked.status).toBe(200);
    const replay = await a("POST", "/showers/bookings", {
      showerId: one!.id,
      startsAt: one!.nextStart,
      idempotencyKey: k,
    });
    expect([replay.status, replay.json]).toEqual([200, booked.json]);
    const other = await a("POST", "/showers/bookings", {
      showerId: two!.id,
      startsAt: two!.nextStart,
      idempotencyKey: k,
    });
    expect([other.status, other.json.error.code]).toEqual([409, "IDEMPOTENCY_KEY_REUSED"]);
    const theirs = await b("POST", "/showers/bookings", {
      showerId: two!.id,
      startsAt: two!.nextStart,
      idempotencyKey: k,
    });
    expect(theirs.status).toBe(200);
    expect(theirs.json.id).not.toBe(booked.json.id);
    expect(theirs.json.showerId).toBe(two!.id);
  });

  it("queues a rider once for a replayed key, refuses the key with another body, and keeps riders' keys apart", async () => {
    // Both showers are booked by the test before: a queue is open.
    const [a, b] = [await atServiceKiosk(), await atServiceKiosk()];
    const k = key();
    const joined = await a("POST", "/showers/queue", { idempotencyKey: k });
    expect(joined.status).toBe(200);
    const replay = await a("POST", "/showers/queue", { idempotencyKey: k });
    expect([replay.status, replay.json]).toEqual([200, joined.json]);
    expect((await a("GET", "/showers")).json.queue).toMatchObject({ myPlace: 1 });
    // The queue's body is its key alone: the same key on another operation is another request.
    const [one] = (await a("GET", "/showers")).json.showers as { id: string; nextStart: string }[];
    const other = await a("POST", "/showers/bookings", {
      showerId: one!.id,
      startsAt: one!.nextStart,
      idempotencyKey: k,
    });
    expect([other.status, other.json.error.code]).toEqual([409, "IDEMPOTENCY_KEY_REUSED"]);
    const theirs = await b("POST", "/showers/queue", { idempotencyKey: k });
    expect(theirs.status).toBe(200);
    expect(theirs.json.id).not.toBe(joined.json.id);
    expect((await b("GET", "/showers")).json.queue).toEqual({ waiting: 2, myPlace: 2 });
  });
});
