import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeStaff } from "../support/factories";
import { call, signInAs, type TestApp } from "../support/test-app";
import { appWithCommunity, type Community, signedInStaff } from "../support/signed-in";

let t: TestApp;
let home: Community;
beforeAll(async () => ({ t, community: home } = await appWithCommunity()));
afterAll(() => t.cleanup());

const body = (slug: string) => ({
  name: "和谐苑社区",
  slug,
  facilities: [
    { kind: "canteen", name: "和谐苑食堂", capacity: 60, openingHours: "10:00-19:00" },
    { kind: "study_room", name: "自习室", capacity: 24 },
  ],
});

describe("opening a second community through the API", () => {
  it("lets a district admin create a community with its facilities, then act in it", async () => {
    const district = await makeStaff(t.db, { districtId: home.districtId, id: null }, "district_admin");
    const cookie = await signInAs(t, district.username, district.password);
    const created = await call(t, "POST", "/api/communities", { cookie, body: body("hexieyuan") });
    expect(created.status).toBe(201);
    expect(created.json.facilities.map((f: { kind: string }) => f.kind)).toEqual(["canteen", "study_room"]);
    const listed = await call(t, "GET", "/api/communities", { cookie });
    expect(listed.json.communities.map((c: { id: string }) => c.id)).toContain(created.json.id);
    const facilities = await call(t, "GET", `/api/communities/${created.json.id}/facilities`, { cookie });
    expect(facilities.json.facilities).toHaveLength(2);
    const again = await call(t, "POST", "/api/communities", { cookie, body: body("hexieyuan") });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("SLUG_TAKEN");
  });

  it("refuses a community admin, and a bad time zone", async () => {
    const { cookie } = await signedInStaff(t, home);
    expect((await call(t, "POST", "/api/communities", { cookie, body: body("other-one") })).status).toBe(403);
    const district = await makeStaff(t.db, { districtId: home.districtId, id: null }, "district_admin");
    const dc = await signInAs(t, district.username, district.password);
    const bad = await call(t, "POST", "/api/communities", {
      cookie: dc,
      body: { ...body("zoned"), timeZone: "Mars/Base" },
    });
    expect(bad.status).toBe(422);
  });
});
