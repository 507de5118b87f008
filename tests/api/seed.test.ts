import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "../../db/schema";
import {
  DEMO_BABY_KIOSK_TOKEN,
  DEMO_KIOSK_TOKEN,
  DEMO_PASSWORD,
  DEMO_STAFF,
  isSeeded,
  seedDemo,
} from "../../api/seed/demo";
import { ageOn, localDate } from "../../api/shared/time";
import { call, createTestApp, signInAs, type TestApp } from "../support/test-app";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp("2026-03-01T01:00:00Z");
  await seedDemo(app.db, app.clock);
});
afterAll(() => app.cleanup());

describe("the demo community", () => {
  it("has the four facilities, lunch and dinner sittings, 24 study seats and a paired kiosk", async () => {
    const facilities = await app.db.select().from(t.facilities);
    expect(facilities.map((f) => f.kind).sort()).toEqual(["baby_room", "canteen", "station", "study_room"]);
    const resources = await app.db.select().from(t.resources);
    expect(
      resources
        .filter((r) => r.kind === "sitting")
        .map((r) => r.label)
        .sort(),
    ).toEqual(["dinner", "lunch"]);
    expect(resources.filter((r) => r.kind === "seat")).toHaveLength(24);
    const welcome = await call(app, "GET", "/api/kiosk/welcome", {
      headers: { authorization: `Bearer ${DEMO_KIOSK_TOKEN}` },
    });
    expect(welcome.status).toBe(200);
  });

  it("has residents of the ages and groups the demo needs, counted on today's date in Shanghai", async () => {
    const today = localDate(app.clock.now(), "Asia/Shanghai");
    const residents = await app.db.select().from(t.residents);
    expect(residents).toHaveLength(10);
    const ages = residents.map((r) => ageOn(r.birthDate, today));
    expect(ages).toEqual(expect.arrayContaining([8, 59, 60, 75, 80, 92]));
    expect(residents.filter((r) => r.groups.includes("low_income"))).toHaveLength(1);
    expect(residents.filter((r) => r.groups.includes("extreme_hardship"))).toHaveLength(1);
    const couriers = await app.db.select().from(t.couriers);
    expect(couriers).toHaveLength(3);
    expect(couriers.filter((c) => c.gender === "female")).toHaveLength(1);
    const [child] = await app.db.select().from(t.children);
    expect(ageOn(child!.birthDate, today)).toBe(2);
    expect(await app.db.select().from(t.childGuardians)).toHaveLength(3); // mother, father and grandmother
  });

  it("has a working baby room: the seeded child's grandmother sees a week of sessions and 12 free sessions left", async () => {
    const [grandmother] = await app.db.select().from(t.residents).where(eq(t.residents.name, "张秀英"));
    const cookie = await signInAs(app, "babyroom", DEMO_PASSWORD);
    const [community] = await app.db.select().from(t.communities);
    const pass = await call(app, "POST", `/api/communities/${community!.id}/passes`, {
      cookie,
      body: { holders: [{ kind: "resident", id: grandmother!.id }] },
    });
    const kiosk = { authorization: `Bearer ${DEMO_BABY_KIOSK_TOKEN}` };
    const identified = await call(app, "POST", "/api/kiosk/identify", {
      headers: kiosk,
      body: { method: "qr", code: pass.json.passes[0].code },
    });
    const headers = { ...kiosk, "x-kiosk-session": identified.json.session.token };
    const overview = await call(app, "GET", "/api/kiosk/baby-room/overview", { headers });
    expect(overview.status).toBe(200);
    expect(overview.json.children).toEqual([
      expect.objectContaining({ name: "孙乐乐", allowance: expect.objectContaining({ left: 12 }) }),
    ]);
    const kinds = new Set(overview.json.sessions.map((s: { kind: string }) => s.kind));
    expect(kinds).toEqual(new Set(["childcare", "early_education", "parent_child"]));
    const childcare = overview.json.sessions.filter((s: { kind: string }) => s.kind === "childcare");
    expect(childcare.length).toBeGreaterThanOrEqual(4);
    expect(childcare[0]).toMatchObject({ capacity: 10, placesLeft: 10 });
  });

  it("has a staff account for every role, each able to sign in with the demo password", async () => {
    expect(new Set(DEMO_STAFF.map((s) => s.role)).size).toBe(t.staffRoles.length);
    for (const s of DEMO_STAFF) await signInAs(app, s.username, DEMO_PASSWORD);
  });

  it("cannot be seeded twice: the second attempt fails whole and changes nothing", async () => {
    expect(await isSeeded(app.db)).toBe(true);
    await expect(seedDemo(app.db, app.clock)).rejects.toThrow();
    expect(await app.db.select().from(t.districts)).toHaveLength(1);
    expect(await app.db.select().from(t.residents)).toHaveLength(10);
  });
});
