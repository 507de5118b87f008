import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemo } from "../../api/seed/demo";
import { createTestApp, type TestApp } from "../support/test-app";
import { SHELL_MARKER, startLocalWorker } from "./local-worker";

type Send = (
  method: string,
  path: string,
  opts?: { body?: unknown; cookie?: string; origin?: string },
) => Promise<Response>;

const request = (opts: Parameters<Send>[2] = {}): Pick<RequestInit, "headers" | "body"> => ({
  headers: {
    ...(opts.body !== undefined && { "content-type": "application/json" }),
    ...(opts.cookie && { cookie: opts.cookie }),
    ...(opts.origin && { origin: opts.origin }),
  },
  body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
});

type Runtime = "node" | "workerd";
let node: TestApp;
let worker: Awaited<ReturnType<typeof startLocalWorker>>;
const send: Record<Runtime, Send> = {
  node: (method, path, opts) =>
    Promise.resolve(node.app.request(`http://localhost${path}`, { method, ...request(opts) })),
  workerd: (method, path, opts) => fetch(new URL(path, worker.url), { method, ...request(opts), redirect: "manual" }),
};

beforeAll(async () => {
  // The Worker seeds itself on its first request (LINLI_SEED=demo); Node is seeded here.
  [worker, node] = await Promise.all([startLocalWorker({ LINLI_SEED: "demo" }), createTestApp()]);
  await seedDemo(node.db, node.clock);
});

afterAll(async () => {
  await worker?.stop();
  node?.cleanup();
});

/** The same request to both runtimes, answered as [node, workerd]. */
function both(method: string, path: string, opts?: Parameters<Send>[2] | ((runtime: Runtime) => Parameters<Send>[2])) {
  const ask = async (runtime: Runtime) => {
    const res = await send[runtime](method, path, typeof opts === "function" ? opts(runtime) : opts);
    return { status: res.status, headers: res.headers, body: await res.json().catch(() => null) };
  };
  return Promise.all([ask("node"), ask("workerd")]);
}

const signInBody = (password: string) => ({ body: { username: "admin", password } });
const cookieOf = (answer: { headers: Headers }) => answer.headers.get("set-cookie")?.split(";")[0];

/** Types in place of values, so ids and timestamps that rightly differ compare equal. */
const shapeOf = (value: unknown): unknown =>
  value && typeof value === "object"
    ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]))
    : typeof value;

describe("the Worker in workerd answers as the Node server does", () => {
  it("reports health with a reachable database", async () => {
    const [n, w] = await both("GET", "/api/health");
    expect(n.status).toBe(200);
    expect(n.body).toEqual({ ok: true, db: "ok", version: expect.any(String) });
    expect(w).toMatchObject({ status: 200, body: n.body });
  });

  it("signs the demo admin in with an HttpOnly, SameSite=Strict session cookie", async () => {
    const answers = await both("POST", "/api/auth/sign-in", signInBody(DEMO_PASSWORD));
    for (const { status, headers } of answers) {
      expect(status).toBe(200);
      expect(headers.get("set-cookie")).toMatch(/HttpOnly/);
      expect(headers.get("set-cookie")).toMatch(/SameSite=Strict/);
    }
    const [n, w] = answers;
    expect(shapeOf(w.body)).toEqual(shapeOf(n.body));
    expect(w.body.staff).toMatchObject({ username: "admin", role: n.body.staff.role });
  });

  it("refuses a wrong password with the error envelope", async () => {
    const answers = await both("POST", "/api/auth/sign-in", signInBody("not-the-password"));
    for (const { status, body } of answers) {
      expect(status).toBe(401);
      expect(body).toEqual({
        error: { code: "INVALID_CREDENTIALS", message: expect.any(String), requestId: expect.any(String) },
      });
    }
    expect(answers[1].body.error.message).toBe(answers[0].body.error.message);
  });

  it("knows who is signed in from the session cookie", async () => {
    const signedIn = await both("POST", "/api/auth/sign-in", signInBody(DEMO_PASSWORD));
    const cookie = { node: cookieOf(signedIn[0]), workerd: cookieOf(signedIn[1]) };
    const [n, w] = await both("GET", "/api/auth/me", (runtime) => ({ cookie: cookie[runtime] }));
    expect(n.status).toBe(200);
    expect(w).toMatchObject({ status: 200, body: { staff: { username: "admin" } } });
    expect(shapeOf(w.body)).toEqual(shapeOf(n.body));
  });

  it("refuses a JSON write from another site", async () => {
    const answers = await both("POST", "/api/auth/sign-in", {
      ...signInBody(DEMO_PASSWORD),
      origin: "https://evil.example",
    });
    expect(answers.map((a) => a.status)).toEqual([403, 403]);
    expect(answers[1].body.error.code).toBe(answers[0].body.error.code);
  });
});

describe("the Worker's front-end deep links", () => {
  it("serves the built files themselves with the same security headers as the API", async () => {
    const res = await fetch(new URL("/kiosk/app.js", worker.url));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('console.log("kiosk")');
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("strict-transport-security")).toContain("max-age=31536000");
  });

  it("lets browsers keep content-hashed files for a year, and revalidate the HTML and unhashed files", async () => {
    const hashed = await fetch(new URL("/kiosk/assets/index-CTBoJAIp.js", worker.url));
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    for (const path of ["/kiosk/", "/admin/staff", "/kiosk/app.js", "/kiosk/assets/missing-DEADBEEF.js"]) {
      const res = await fetch(new URL(path, worker.url));
      expect(res.headers.get("cache-control"), path).toBe("no-cache");
    }
  });

  it("answers a deep link that matches no asset with that app's index.html and the security headers", async () => {
    for (const path of ["/admin/staff", "/kiosk/welcome/now"]) {
      const res = await fetch(new URL(path, worker.url));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(await res.text()).toContain(`${SHELL_MARKER} ${path.split("/")[1]}`);
    }
  });
});
