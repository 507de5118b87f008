// The station's door capacity and its rest area's are planned like any place: weekly templates and
// one-off changes on the capacity page, read by the door's one-statement claim.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStationTestApp, type stationAt } from "../support/station";
import { call, type TestApp } from "../support/test-app";

let t: TestApp;
let s: Awaited<ReturnType<typeof stationAt>>;
let community: { id: string };
beforeAll(async () => {
  // 10:00 on Monday 23 November in Shanghai.
  ({ t, s, community } = await createStationTestApp({ capacity: 20, areaCapacity: 4, start: "2026-11-23T02:00:00Z" }));
});
afterAll(() => t.cleanup());

const capacity = (path = "") => `/api/communities/${community.id}/facilities/${s.facility.id}/capacity${path}`;
const zone = async (name: string) => (await s.occupancy()).find((z) => z.zone === name)!;

describe("the station's capacity in the capacity model", () => {
  it("lists the station as a whole, its rest area and its showers on the capacity page with their own figures", async () => {
    const res = await call(t, "GET", `${capacity()}?date=2026-11-23`, { cookie: s.cookie });
    expect(res.status).toBe(200);
    const byId = new Map(res.json.places.map((p: { id: string }) => [p.id, p]));
    expect(byId.get(s.whole.id)).toMatchObject({ kind: "facility", capacity: 20, source: "own" });
    expect(byId.get(s.area.id)).toMatchObject({ kind: "area", capacity: 4, source: "own" });
    expect(byId.get(s.showers[0]!.id)).toMatchObject({ kind: "shower", capacity: 1 });
  });

  it("a one-off change for today lets one rider in and turns the next away at the door, and tomorrow is the station's own again", async () => {
    const changed = await call(t, "PUT", `${capacity("/dates")}`, {
      cookie: s.cookie,
      body: { resourceId: s.whole.id, date: "2026-11-23", capacity: 1, reason: "空调维修，只留一半" },
    });
    expect(changed.status).toBe(200);
    const [a, b] = await s.ridersWithPasses(2);
    expect((await s.scan(s.kiosks.entry, { code: a!.code })).json).toMatchObject({ state: "opened", capacity: 1 });
    expect((await s.scan(s.kiosks.entry, { code: b!.code })).json).toMatchObject({
      state: "full",
      inside: 1,
      capacity: 1,
    });
    expect(await zone("station")).toMatchObject({ inside: 1, capacity: 1 });

    t.clock.set("2026-11-24T02:00:00Z");
    await s.signInAgain();
    expect(await zone("station")).toMatchObject({ capacity: 20 });
    expect((await s.scan(s.kiosks.entry, { code: b!.code })).json).toMatchObject({ state: "opened", capacity: 20 });
    t.clock.set("2026-11-23T02:00:00Z");
    await s.signInAgain();
  });

  it("a weekly template holds the women's rest area to one on Mondays, at its own door", async () => {
    const week = await call(t, "PUT", `${capacity("/week")}`, {
      cookie: s.cookie,
      body: { resourceId: s.area.id, days: [{ weekday: 1, capacity: 1 }], reason: "周一只有一张床" },
    });
    expect(week.status).toBe(200);
    const [first, second] = await s.ridersWithPasses(2, { gender: "female" });
    expect((await s.scan(s.kiosks.women, { code: first!.code })).json).toMatchObject({
      state: "opened",
    });
    expect((await s.scan(s.kiosks.women, { code: second!.code })).json).toMatchObject({
      state: "full",
      capacity: 1,
    });
    expect(await zone(s.area.id)).toMatchObject({ inside: 1, capacity: 1 });
  });
});
