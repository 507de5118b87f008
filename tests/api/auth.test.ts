import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffSessions } from "../../db/schema";
import { makeStaff } from "../support/factories";
import { call, signInAs, type TestApp } from "../support/test-app";
import { appWithCommunity, type Community, signedInStaff } from "../support/signed-in";

let t: TestApp;
let community: Community;
beforeAll(async () => ({ t, community } = await appWithCommunity()));
afterAll(() => t.cleanup());

describe("staff sign-in", () => {
  it("sets an HttpOnly, SameSite=Strict session cookie and /me answers who is signed in", async () => {
    const admin = await makeStaff(t.db, community, "community_admin");
    const res = await call(t, "POST", "/api/auth/sign-in", {
      body: { username: admin.username, password: admin.password },
    });
    expect(res.status).toBe(200);
    expect(res.json.staff).toMatchObject({
      username: admin.username,
      role: "community_admin",
      communityId: community.id,
    });
    expect(JSON.stringify(res.json)).not.toContain("pbkdf2");
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    // A lifetime relative to receipt: a browser whose clock disagrees with the server's keeps it.
    expect(setCookie).toMatch(/Max-Age=43200/);
    expect(setCookie).not.toMatch(/Expires=/);
    const cookie = setCookie.split(";")[0]!;
    const token = cookie.split("=")[1]!;
    expect(token.length).toBeGreaterThanOrEqual(43); // 32 random bytes, base64url
    const me = await call(t, "GET", "/api/auth/me", { cookie });
    expect(me.status).toBe(200);
    expect(me.json.staff.id).toBe(admin.id);
  });

  it("tells the admin the server's time with who is signed in, so its today is the server's", async () => {
    const admin = await makeStaff(t.db, community, "community_admin");
    const signedIn = await call(t, "POST", "/api/auth/sign-in", {
      body: { username: admin.username, password: admin.password },
    });
    expect(signedIn.json.now).toBe(t.clock.now().toISOString());
    t.clock.advance(60_000);
    const cookie = signedIn.headers.get("set-cookie")!.split(";")[0]!;
    const me = await call(t, "GET", "/api/auth/me", { cookie });
    expect(me.json.now).toBe(t.clock.now().toISOString());
  });

  it("stores only a hash of the session token", async () => {
    const admin = await makeStaff(t.db, community, "community_admin");
    const cookie = await signInAs(t, admin.username, admin.password);
    const token = cookie.split("=")[1]!;
    const rows = await t.db.select().from(staffSessions).where(eq(staffSessions.staffId, admin.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toBe(token);
  });

  it("refuses a wrong password and an unknown username with the same error envelope", async () => {
    const admin = await makeStaff(t.db, community, "canteen_staff");
    for (const body of [
      { username: admin.username, password: "wrong password" },
      { username: "nobody-here", password: "whatever1" },
    ]) {
      const res = await call(t, "POST", "/api/auth/sign-in", { body });
      expect(res.status).toBe(401);
      expect(res.json.error.code).toBe("INVALID_CREDENTIALS");
      expect(res.json.error.requestId).toBeTruthy();
      expect(res.headers.get("set-cookie")).toBeNull();
    }
  });

  it("backs off after five failed attempts, even for the right password, then lets the person in", async () => {
    const admin = await makeStaff(t.db, community, "community_admin");
    for (let i = 0; i < 4; i++) {
      expect(
        (await call(t, "POST", "/api/auth/sign-in", { body: { username: admin.username, password: "nope-nope" } }))
          .status,
      ).toBe(401);
    }
    const fifth = await call(t, "POST", "/api/auth/sign-in", {
      body: { username: admin.username, password: "nope-nope" },
    });
    expect(fifth.status).toBe(429);
    expect(fifth.json.error.code).toBe("TOO_MANY_ATTEMPTS");
    expect(Number(fifth.headers.get("retry-after"))).toBeGreaterThan(0);
    const right = await call(t, "POST", "/api/auth/sign-in", {
      body: { username: admin.username, password: admin.password },
    });
    expect(right.status).toBe(429);
    t.clock.advance(61_000);
    expect(
      (await call(t, "POST", "/api/auth/sign-in", { body: { username: admin.username, password: admin.password } }))
        .status,
    ).toBe(200);
  });

  it("signing out revokes the session on the server", async () => {
    const { cookie } = await signedInStaff(t, community);
    expect((await call(t, "POST", "/api/auth/sign-out", { cookie })).status).toBe(200);
    const me = await call(t, "GET", "/api/auth/me", { cookie });
    expect(me.status).toBe(401);
    expect(me.json.error.code).toBe("UNAUTHENTICATED");
  });

  it("ends a session after 30 idle minutes", async () => {
    const { cookie } = await signedInStaff(t, community);
    t.clock.advance(29 * 60_000);
    expect((await call(t, "GET", "/api/auth/me", { cookie })).status).toBe(200);
    t.clock.advance(29 * 60_000); // active use moved the idle deadline
    expect((await call(t, "GET", "/api/auth/me", { cookie })).status).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await call(t, "GET", "/api/auth/me", { cookie })).status).toBe(401);
  });

  it("ends a session twelve hours after sign-in however active it is", async () => {
    const { cookie } = await signedInStaff(t, community);
    for (let step = 0; step < 35; step++) {
      t.clock.advance(20 * 60_000);
      expect((await call(t, "GET", "/api/auth/me", { cookie })).status).toBe(200);
    }
    t.clock.advance(21 * 60_000); // 12 h 01 min after sign-in, only 21 min idle
    expect((await call(t, "GET", "/api/auth/me", { cookie })).status).toBe(401);
  });
});
