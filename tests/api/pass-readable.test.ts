import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isReadableQr } from "../../api/identity/readable-qr";
import { makeCommunity, makeResident, makeStaff } from "../support/factories";
import { call, createTestApp, signInAs, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.cleanup());

describe("issued passes", () => {
  it("are all codes the kiosk's scanner reads (one random code in twenty would not be)", async () => {
    const community = await makeCommunity(t.db);
    const admin = await makeStaff(t.db, community, "community_admin");
    const cookie = await signInAs(t, admin.username, admin.password);
    const people = await Promise.all(Array.from({ length: 100 }, () => makeResident(t.db, community.id)));
    const res = await call(t, "POST", `/api/communities/${community.id}/passes`, {
      cookie,
      body: { holders: people.map((p) => ({ kind: "resident", id: p.id })) },
    });
    expect(res.status).toBe(201);
    expect(res.json.passes).toHaveLength(100);
    expect(res.json.passes.filter((p: { code: string }) => !isReadableQr(p.code))).toEqual([]);
  });
});
