import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeKiosk, makeResident } from "../support/factories";
import { loggableError } from "../../api/shared/loggable-error";
import { call, createTestApp, type TestApp } from "../support/test-app";
import { type Community, communityWithAdmin } from "../support/signed-in";

// Limits that D1 has and a libSQL file has not; each test runs on both targets.
let t: TestApp;
let community: Community;
let cookie: string;
beforeAll(async () => ({ t, community, cookie } = await communityWithAdmin()));
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
    const second = await t.scheduled();
    expect(Object.keys(second).length).toBeGreaterThan(0);
    expect(Object.values(second).every((n) => n === 0)).toBe(true);
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

describe("error logs", () => {
  it("name the failed query but never its parameters, which hold personal data", async () => {
    const phone = "13912345678";
    const failed = await t.db
      .run(sql`INSERT INTO no_such_table (phone) VALUES (${phone})`)
      .catch((err: unknown) => err);
    expect(String((failed as Error).message ?? failed)).toContain(phone); // what a plain log line would carry
    const logged = loggableError(failed);
    expect(logged).toContain("no_such_table");
    expect(logged).not.toContain(phone);
  });
});
