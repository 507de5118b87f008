import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../../api/app";
import { parseConfig } from "../../api/env";
import { manualClock } from "../../api/shared/clock";
import { randomToken } from "../../api/shared/crypto";
import { createDb } from "../../db/client";
import { migrateDb } from "../../db/migrate";

/** A fresh migrated libSQL file, the real app on it, and a clock the test can move. */
export async function createTestApp(start = "2026-11-23T02:00:00Z") {
  const dir = mkdtempSync(join(tmpdir(), "linli-test-"));
  const db = createDb({ url: `file:${join(dir, "test.db")}` });
  await migrateDb(db);
  const clock = manualClock(start);
  const config = parseConfig({ LINLI_SEED: "none", LINLI_DATA_KEY: randomToken(32) });
  const app = createApp(() => ({ db, clock, config }));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  return { app, db, clock, config, cleanup };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

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
