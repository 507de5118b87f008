import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orderMeal } from "../../api/canteen/order-meal";
import * as t from "../../db/schema";
import { makeCanteen, makeCommunity, makeKiosk, makeResident, makeStaff } from "../support/factories";
import { call, createTestApp, signInAs, type TestApp } from "../support/test-app";

// 08:00 on Monday 23 November in Shanghai.
const MONDAY = "2026-11-23T00:00:00Z";

let app: TestApp;
let community: Awaited<ReturnType<typeof makeCommunity>>;
let admin: string;
let cook: string;

beforeAll(async () => {
  app = await createTestApp(MONDAY);
  community = await makeCommunity(app.db);
  await makeCanteen(app.db, community, { lunchCapacity: 5 });
  admin = await signInAs(app, ...creds(await makeStaff(app.db, community, "community_admin")));
  cook = await signInAs(app, ...creds(await makeStaff(app.db, community, "canteen_staff")));
});
afterAll(() => app.cleanup());

function creds(s: { username: string; password: string }): [string, string] {
  return [s.username, s.password];
}
const live = (cookie: string) => call(app, "GET", `/api/communities/${community.id}/live`, { cookie });
const alertPath = (kind: string, id: string, verb: string) =>
  `/api/communities/${community.id}/alerts/${kind}/${id}/${verb}`;

describe("the live operations page's figures", () => {
  it("shows places left from the engine's capacity, a staff call to acknowledge and resolve, and a kiosk gone silent", async () => {
    const diner = await makeResident(app.db, community.id, { birthDate: "1950-01-01" });
    await orderMeal(
      { db: app.db, clock: app.clock, config: app.config },
      {
        communityId: community.id,
        residentId: diner.id,
        orderedById: diner.id,
        sitting: "lunch",
        payment: "counter",
        delivery: false,
        idempotencyKey: crypto.randomUUID(),
        identifiedBy: "staff",
      },
    );
    const kiosk = await makeKiosk(app.db, community);
    const raised = await call(app, "POST", "/api/kiosk/staff-calls", {
      headers: { authorization: `Bearer ${kiosk.token}` },
    });
    expect(raised.status).toBe(200);

    const now = await live(cook);
    expect(now.status).toBe(200);
    expect(now.json.canteen).toEqual([expect.objectContaining({ name: "lunch", capacity: 5, taken: 1, left: 4 })]);
    expect(now.json.studyRoom).toBe(null);
    expect(now.json.alerts).toEqual([
      expect.objectContaining({ kind: "staff_call", id: raised.json.callId, sos: false, acknowledgedAt: null }),
    ]);
    expect(now.json.kiosks).toEqual([expect.objectContaining({ id: kiosk.id, silent: false })]);

    const ack = await call(app, "POST", alertPath("staff_call", raised.json.callId, "acknowledge"), { cookie: cook });
    expect(ack.status).toBe(200);
    const again = await call(app, "POST", alertPath("staff_call", raised.json.callId, "acknowledge"), {
      cookie: admin,
    });
    expect(again.json.acknowledgedAt).toBe(ack.json.acknowledgedAt);
    expect((await live(cook)).json.alerts[0].acknowledgedAt).toBe(ack.json.acknowledgedAt);

    const resolved = await call(app, "POST", alertPath("staff_call", raised.json.callId, "resolve"), {
      cookie: cook,
      body: { note: "已帮忙" },
    });
    expect(resolved.status).toBe(200);
    expect((await live(cook)).json.alerts).toEqual([]);
    const twice = await call(app, "POST", alertPath("staff_call", raised.json.callId, "resolve"), {
      cookie: cook,
      body: { note: "" },
    });
    expect(twice.status).toBe(409);

    // Five minutes without a word from the kiosk: it is shown as silent.
    app.clock.set("2026-11-23T00:05:00Z");
    expect((await live(cook)).json.kiosks).toEqual([expect.objectContaining({ id: kiosk.id, silent: true })]);
    const audit = await app.db.select().from(t.auditLog).where(eq(t.auditLog.entityId, raised.json.callId));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["alert.acknowledge", "staff_call.dismiss"]));
  });

  it("acts only on an alert of this community, and records an acknowledgement once", async () => {
    const kiosk = await makeKiosk(app.db, community);
    const raised = await call(app, "POST", "/api/kiosk/staff-calls", {
      headers: { authorization: `Bearer ${kiosk.token}` },
    });
    const elsewhere = await makeCommunity(app.db, community.districtId);
    const stranger = await signInAs(app, ...creds(await makeStaff(app.db, elsewhere, "community_admin")));
    const theirPath = (kind: string, id: string, verb: string) =>
      `/api/communities/${elsewhere.id}/alerts/${kind}/${id}/${verb}`;
    for (const kind of ["staff_call", "welfare", "door"]) {
      for (const verb of ["acknowledge", "resolve"]) {
        const res = await call(app, "POST", theirPath(kind, raised.json.callId, verb), {
          cookie: stranger,
          body: verb === "resolve" ? { note: "" } : undefined,
        });
        expect(res.status, `${kind} ${verb}`).toBe(404);
      }
    }
    expect((await live(cook)).json.alerts).toEqual([
      expect.objectContaining({ id: raised.json.callId, acknowledgedAt: null }),
    ]);

    await call(app, "POST", alertPath("staff_call", raised.json.callId, "acknowledge"), { cookie: cook });
    await call(app, "POST", alertPath("staff_call", raised.json.callId, "acknowledge"), { cookie: admin });
    const audit = await app.db.select().from(t.auditLog).where(eq(t.auditLog.entityId, raised.json.callId));
    expect(audit.filter((a) => a.action === "alert.acknowledge")).toHaveLength(1);
    await call(app, "POST", alertPath("staff_call", raised.json.callId, "resolve"), {
      cookie: cook,
      body: { note: "" },
    });
  });

  it("lists a door that failed to open today until someone resolves it, for those who run the station", async () => {
    const at = new Date("2026-11-23T00:01:00Z");
    const station = {
      id: crypto.randomUUID(),
      communityId: community.id,
      kind: "station" as const,
      name: "骑手驿站",
      location: "",
      openingHours: null,
      capacity: 10,
      createdAt: at,
    };
    await app.db.insert(t.facilities).values(station);
    const door = {
      id: crypto.randomUUID(),
      communityId: community.id,
      facilityId: station.id,
      name: "正门",
      createdAt: at,
      updatedAt: at,
    };
    await app.db.insert(t.stationDoors).values(door);
    await app.db.insert(t.stationSettings).values({ facilityId: station.id, communityId: community.id, updatedAt: at });
    const failed = {
      id: crypto.randomUUID(),
      communityId: community.id,
      doorId: door.id,
      method: "qr" as const,
      outcome: "relay_failed" as const,
      at,
    };
    await app.db.insert(t.doorEvents).values(failed);

    const seen = await live(admin);
    expect(seen.json.station).toEqual([expect.objectContaining({ zone: "station", inside: 0, capacity: 10 })]);
    expect(seen.json.alerts).toContainEqual(expect.objectContaining({ kind: "door", id: failed.id, where: "正门" }));
    // The canteen's staff do not run the station: they do not see its door.
    expect((await live(cook)).json.alerts).not.toContainEqual(expect.objectContaining({ kind: "door" }));
    expect((await call(app, "POST", alertPath("door", failed.id, "resolve"), { cookie: cook, body: {} })).status).toBe(
      403,
    );
    expect((await call(app, "POST", alertPath("door", failed.id, "resolve"), { cookie: admin, body: {} })).status).toBe(
      200,
    );
    expect((await live(admin)).json.alerts).not.toContainEqual(expect.objectContaining({ kind: "door" }));
  });
});
