import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => (t = await createTestApp()));
afterAll(() => t.cleanup());

describe("API description", () => {
  it("answers health with ok, the database state and the version", async () => {
    const res = await call(t, "GET", "/api/health");
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ok: true, db: "ok", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it("generates OpenAPI 3.1 with a tag per area and a unique operationId on every operation", async () => {
    const doc = (await call(t, "GET", "/api/openapi.json")).json;
    expect(doc.openapi).toBe("3.1.0");
    const declared = doc.tags.map((tag: { name: string }) => tag.name);
    const ops = Object.values(doc.paths).flatMap((item) =>
      Object.values(item as Record<string, { operationId?: string; tags?: string[] }>),
    );
    expect(ops.length).toBeGreaterThan(8);
    for (const op of ops) {
      expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(declared).toContain(op.tags?.[0]);
    }
    const ids = ops.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths["/api/auth/sign-in"].post.requestBody.content["application/json"].schema).toBeTruthy();
  });

  it("serves a docs page that lists every operation", async () => {
    const res = await t.app.request("http://localhost/api/docs");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("signIn");
    expect(page).toContain("/api/communities/{communityId}/staff");
  });
});
