import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCommunity, makeDistrict, makeStaff } from "../support/factories";
import { call, createTestApp, signInAs, type TestApp } from "../support/test-app";
import { signedInStaff } from "../support/signed-in";

let t: TestApp;
let home: Awaited<ReturnType<typeof makeCommunity>>;
let other: Awaited<ReturnType<typeof makeCommunity>>;
let adminCookie: string;
beforeAll(async () => {
  t = await createTestApp();
  home = await makeCommunity(t.db);
  other = await makeCommunity(t.db);
  const admin = await makeStaff(t.db, home, "community_admin");
  adminCookie = await signInAs(t, admin.username, admin.password);
});
afterAll(() => t.cleanup());

const staffRoutes = (communityId: string) =>
  [
    ["GET", `/api/communities/${communityId}/staff`],
    ["POST", `/api/communities/${communityId}/staff`],
    ["PATCH", `/api/communities/${communityId}/staff/someone`],
    ["GET", `/api/communities/${communityId}/audit`],
    ["GET", `/api/communities/${communityId}/facilities`],
    ["POST", `/api/communities/${communityId}/kiosks`],
    ["GET", "/api/communities"],
    ["GET", "/api/auth/me"],
    ["POST", "/api/auth/sign-out"],
  ] as const;

const validBody = { username: "new-person", displayName: "新人", role: "canteen_staff", password: "long enough pw" };

describe("who may call staff routes", () => {
  it("answers 401 in the error envelope to anonymous callers on every staff route", async () => {
    for (const [method, path] of staffRoutes(home.id)) {
      const res = await call(t, method, path, method === "GET" ? {} : { body: validBody });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.json.error.code).toBe("UNAUTHENTICATED");
    }
  });

  it("answers 403 to a signed-in role the route does not allow", async () => {
    const { cookie } = await signedInStaff(t, home, "canteen_staff");
    for (const path of [`/api/communities/${home.id}/staff`, `/api/communities/${home.id}/audit`]) {
      const res = await call(t, "GET", path, { cookie });
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe("FORBIDDEN");
      expect(res.json).not.toHaveProperty("staff");
    }
    expect((await call(t, "POST", `/api/communities/${home.id}/staff`, { cookie, body: validBody })).status).toBe(403);
    // …while the routes open to every role work for them.
    expect((await call(t, "GET", `/api/communities/${home.id}/facilities`, { cookie })).status).toBe(200);
  });

  it("answers 403 and no data when a community admin reaches into another community", async () => {
    for (const [method, path] of staffRoutes(other.id).filter(([, p]) => p.includes(other.id))) {
      const res = await call(t, method, path, {
        cookie: adminCookie,
        ...(method === "GET" ? {} : { body: validBody }),
      });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(Object.keys(res.json)).toEqual(["error"]);
    }
    const mine = await call(t, "GET", "/api/communities", { cookie: adminCookie });
    expect(mine.json.communities.map((c: { id: string }) => c.id)).toEqual([home.id]);
  });

  it("lets a district admin act in every community of the district and in no other", async () => {
    const district = await makeStaff(t.db, { districtId: home.districtId, id: null }, "district_admin");
    const sibling = await makeCommunity(t.db, home.districtId);
    const cookie = await signInAs(t, district.username, district.password);
    expect((await call(t, "GET", `/api/communities/${home.id}/staff`, { cookie })).status).toBe(200);
    expect((await call(t, "GET", `/api/communities/${sibling.id}/staff`, { cookie })).status).toBe(200);
    expect((await call(t, "GET", `/api/communities/${other.id}/staff`, { cookie })).status).toBe(403);
    const listed = await call(t, "GET", "/api/communities", { cookie });
    expect(listed.json.communities.map((c: { id: string }) => c.id).sort()).toEqual([home.id, sibling.id].sort());
    const elsewhere = await makeStaff(t.db, { districtId: (await makeDistrict(t.db)).id, id: null }, "district_admin");
    const elsewhereCookie = await signInAs(t, elsewhere.username, elsewhere.password);
    expect((await call(t, "GET", `/api/communities/${home.id}/facilities`, { cookie: elsewhereCookie })).status).toBe(
      403,
    );
  });
});

describe("cross-site requests", () => {
  const path = () => `/api/communities/${home.id}/staff`;
  it("refuses a JSON POST from another origin even with a valid session", async () => {
    const res = await call(t, "POST", path(), {
      cookie: adminCookie,
      body: { ...validBody, username: "evil-one" },
      headers: { origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe("CROSS_ORIGIN_REFUSED");
    const list = await call(t, "GET", path(), { cookie: adminCookie });
    expect(list.json.staff.map((s: { username: string }) => s.username)).not.toContain("evil-one");
  });

  it("refuses a write a browser marks as cross-site", async () => {
    const res = await call(t, "POST", "/api/auth/sign-in", {
      body: { username: "x", password: "y" },
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(403);
  });

  it("accepts the same write from our own origin", async () => {
    const res = await call(t, "POST", path(), {
      cookie: adminCookie,
      body: { ...validBody, username: "same-origin" },
      headers: { origin: "http://localhost", "sec-fetch-site": "same-origin" },
    });
    expect(res.status).toBe(201);
  });

  it("sends no CORS headers by default", async () => {
    const res = await call(t, "GET", "/api/health", { headers: { origin: "https://evil.example" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await t.app.request("http://localhost/api/auth/sign-in", {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("bad input", () => {
  it("answers malformed JSON with 400 in the error envelope", async () => {
    const res = await t.app.request("http://localhost/api/auth/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; requestId: string } };
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.requestId).toBeTruthy();
  });

  it("answers a body of the wrong shape with 422 and says which field", async () => {
    const res = await call(t, "POST", `/api/communities/${home.id}/staff`, {
      cookie: adminCookie,
      body: { ...validBody, password: "short", role: "king" },
    });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("VALIDATION_FAILED");
    expect(res.json.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["password", "role"]);
  });

  it("answers a POST without a JSON body with 422, not 500", async () => {
    const res = await t.app.request("http://localhost/api/auth/sign-in", { method: "POST" });
    expect(res.status).toBe(422);
  });

  it("answers an unknown path with 404 in the error envelope", async () => {
    const res = await call(t, "GET", "/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe("NOT_FOUND");
  });

  it("answers an out-of-range query with 422", async () => {
    const res = await call(t, "GET", `/api/communities/${home.id}/audit?limit=100000`, { cookie: adminCookie });
    expect(res.status).toBe(422);
  });
});

describe("security headers", () => {
  it("sends HSTS of at least a year and a CSP that loads nothing from elsewhere", async () => {
    const res = await call(t, "GET", "/api/health");
    const hsts = res.headers.get("strict-transport-security") ?? "";
    expect(Number(hsts.match(/max-age=(\d+)/)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
