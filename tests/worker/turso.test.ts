import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../api/seed/demo";
import { startHranaServer } from "../support/hrana-server";
import { startLocalWorker } from "./local-worker";

// The Worker from wrangler.toml (which binds D1 as DB), switched to libSQL over HTTP by a
// DATABASE_URL var alone, as a `wrangler secret put DATABASE_URL` would. The server is a local
// stand-in for Turso (tests/support/hrana-server.ts), migrated by `npm run db:migrate`.
const dir = mkdtempSync(join(tmpdir(), "linli-turso-"));
let turso: Awaited<ReturnType<typeof startHranaServer>>;
let worker: Awaited<ReturnType<typeof startLocalWorker>>;

beforeAll(async () => {
  turso = await startHranaServer(join(dir, "turso.db"));
  // Not execFileSync: the server answering it runs in this process.
  await promisify(execFile)("npx", ["tsx", "api/migrate.ts"], { env: { ...process.env, DATABASE_URL: turso.url } });
  worker = await startLocalWorker({ LINLI_SEED: "demo", DATABASE_URL: turso.url });
});

afterAll(async () => {
  await worker?.stop();
  await turso?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) => (turso.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe("the Worker on Turso instead of D1", () => {
  it("takes the same migrations into drizzle's ledger, as a Node server would", () => {
    expect(count("__drizzle_migrations")).toBeGreaterThan(0);
  });

  it("seeds, signs in and writes a batch through the libSQL server at DATABASE_URL, not the D1 binding", async () => {
    const health = await fetch(new URL("/api/health", worker.url));
    expect(await health.json()).toMatchObject({ ok: true, db: "ok" });
    expect(count("districts")).toBe(1); // the demo seed, written over HTTP on the first request

    const signIn = await fetch(new URL("/api/auth/sign-in", worker.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password: DEMO_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
    const get = async (path: string) => (await fetch(new URL(path, worker.url), { headers: { cookie } })).json();
    const [community] = (await get("/api/communities")).communities;
    const { residents } = await get(`/api/communities/${community.id}/residents`);
    const before = count("passes");
    const issued = await fetch(new URL(`/api/communities/${community.id}/passes`, worker.url), {
      method: "POST",
      headers: { cookie, "content-type": "application/json", origin: worker.url.origin },
      body: JSON.stringify({ holders: residents.map((r: { id: string }) => ({ kind: "resident", id: r.id })) }),
    });
    expect(issued.status).toBe(201);
    expect(count("passes")).toBe(before + residents.length);
    expect(turso.statements.some((s) => /INSERT INTO "passes"/i.test(s))).toBe(true);
  });
});
