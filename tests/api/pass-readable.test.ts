import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isReadableQr } from "../../api/identity/readable-qr";
import { makeCommunity, makeResident } from "../support/factories";
import { call, createTestApp, type TestApp } from "../support/test-app";
import { signedInStaff } from "../support/signed-in";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.cleanup());

describe("issued passes", () => {
  it("are all codes the kiosk's scanner reads (one random code in twenty would not be)", async () => {
    const community = await makeCommunity(t.db);
    const { cookie } = await signedInStaff(t, community);
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
