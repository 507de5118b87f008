import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCommunity, makeKiosk, makeResident, makeStaff } from "../support/factories";
import { call, createTestApp, signInAs, type TestApp } from "../support/test-app";

// Limits that D1 has and a libSQL file has not; each test runs on both targets.
let t: TestApp;
let community: Awaited<ReturnType<typeof makeCommunity>>;
let cookie: string;
beforeAll(async () => {
  t = await createTestApp();
  community = await makeCommunity(t.db);
  const admin = await makeStaff(t.db, community, "community_admin");
  cookie = await signInAs(t, admin.username, admin.password);
});
afterAll(() => t.cleanup());

describe("lists longer than D1's 100 bound parameters a statement", () => {
  it("issues passes to 100 people in one request, each pass identifying its holder", async () => {
    const people = [];
    for (let i = 0; i < 100; i++) people.push(await makeResident(t.db, community.id));
    const res = await call(t, "POST", `/api/communities/${community.id}/passes`, {
      cookie,
      body: { holders: people.map((p) => ({ kind: "resident", id: p.id })) },
    });
    expect(res.status).toBe(201);
    expect(res.json.passes).toHaveLength(100);
    expect(new Set(res.json.passes.map((p: { id: string }) => p.id))).toEqual(new Set(people.map((p) => p.id)));
    const last = res.json.passes[99];
    const kiosk = await makeKiosk(t.db, community);
    const identified = await call(t, "POST", "/api/kiosk/identify", {
      headers: { authorization: `Bearer ${kiosk.token}` },
      body: { method: "qr", code: last.code },
    });
    expect(identified.status).toBe(200);
  });
});

describe("the scheduled duties", () => {
  it("answer what they did when run twice in a row: nothing the second time", async () => {
    await t.scheduled();
    expect(await t.scheduled()).toEqual({
      noShows: 0,
      released: 0,
      completed: 0,
      expiredOffers: 0,
      bans: 0,
      offers: 0,
    });
  });

  it("fail the run when a duty fails, instead of answering as if all went well", async () => {
    const broken = await createTestApp();
    try {
      await broken.db.run(sql`DROP TABLE waitlist_entries`);
      await expect(broken.scheduled()).rejects.toThrow();
    } finally {
      broken.cleanup();
    }
  });
});
