import { inject } from "vitest";
import type { runScheduledDuties } from "../../api/scheduled-duties";
import type { Config } from "../../api/env";
import type { manualClock } from "../../api/shared/clock";
import type { Db } from "../../db/client";

declare module "vitest" {
  export interface ProvidedContext {
    /** Which runtime tests/api runs on: set per project in vitest.config.ts. */
    linliTarget: "node" | "worker";
    /** On Node, where the database's commits run (db/native-writer.ts): inline unless a project says "thread". */
    linliWriter?: "thread" | "inline";
  }
}

/**
 * The real app on a fresh database, and a clock the test can move. The same test files run on two
 * targets (vitest.config.ts): Node with a libSQL file, and the Worker (api/worker.ts) in workerd
 * with a local D1. Each target module is loaded only on its own runtime.
 */
export type TestApp = {
  target: "node" | "worker";
  /** Requests go through the target's own entry: Hono's app.request on Node, the Worker's fetch. */
  app: { request(input: string, init?: RequestInit): Promise<Response> };
  db: Db;
  clock: ReturnType<typeof manualClock>;
  config: Config;
  /**
   * The booking duties as each runtime starts them: on Node the verb its minute timer runs, on the
   * Worker its Cron Trigger handler (`scheduled`). Answers what the duties did; rejects if they fail.
   */
  scheduled(): Promise<DutiesDone>;
  cleanup(): void;
};

export type DutiesDone = Awaited<ReturnType<typeof runScheduledDuties>>;

/** What a test may hand the app besides its clock: the outgoing fetch (a door controller in-process). */
export type TestSeams = { fetch?: typeof fetch };

export async function createTestApp(start = "2026-11-23T02:00:00Z", seams: TestSeams = {}): Promise<TestApp> {
  if (inject("linliTarget") === "worker") return (await import("./target-worker")).createWorkerTestApp(start, seams);
  return (await import("./target-node")).createNodeTestApp(start, seams);
}

const BASE = "http://localhost";

/** A JSON request as a same-origin browser page would send it. */
export async function call(
  t: TestApp,
  method: string,
  path: string,
  opts: { body?: unknown; cookie?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers };
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  const res = await t.app.request(`${BASE}${path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json, headers: res.headers };
}

export async function signInAs(t: TestApp, username: string, password: string) {
  const res = await call(t, "POST", "/api/auth/sign-in", { body: { username, password } });
  if (res.status !== 200) throw new Error(`sign-in failed for ${username}: ${res.status} ${JSON.stringify(res.json)}`);
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}
