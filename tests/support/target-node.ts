import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { createApp } from "../../api/app";
import { parseConfig } from "../../api/env";
import { runScheduledDuties } from "../../api/scheduled-duties";
import { manualClock } from "../../api/shared/clock";
import { createConfigCache } from "../../api/shared/config-cache";
import { randomToken } from "../../api/shared/crypto";
import { createNodeDb } from "../../db/node-db";
import { migrateDb } from "../../db/migrate";
import type { TestApp, TestSeams } from "./test-app";

/** The Node target: a fresh migrated libSQL file and the app as api/node.ts builds it. */
export async function createNodeTestApp(start: string, seams: TestSeams = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), "linli-test-"));
  const db = createNodeDb({ url: `file:${join(dir, "test.db")}` }, { writer: inject("linliWriter") ?? "inline" });
  await migrateDb(db);
  const clock = manualClock(start);
  const config = parseConfig({ LINLI_SEED: "none", LINLI_DATA_KEY: randomToken(32) });
  const deps = { db, clock, config, configCache: createConfigCache(), ...seams };
  const app = createApp(() => deps);
  return {
    target: "node",
    app: { request: async (input, init) => app.request(input, init) },
    db,
    clock,
    config,
    // What Node's minute timer runs (api/node.ts); it logs a failure there, a test sees it throw.
    scheduled: () => runScheduledDuties(deps),
    cleanup: () => {
      // Drizzle keeps the client it was made over; closing it stops a writer thread.
      (db as unknown as { $client: { close(): void } }).$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
