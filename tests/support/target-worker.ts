import type { D1Database, Fetcher } from "@cloudflare/workers-types";
import {
  applyD1Migrations,
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from "cloudflare:test";
import { configFromBindings } from "../../api/env";
import { manualClock } from "../../api/shared/clock";
import { randomToken } from "../../api/shared/crypto";
import { type Bindings, createWorker } from "../../api/worker";
import { createD1Db } from "../../db/client";
import type { TestApp, TestSeams } from "./test-app";

// Every test file starts on empty storage; a file that opens one app per test (the study-room
// scenes) takes the next empty database, so each app has a database of its own, as on Node.
// The databases are vitest.config.ts's TEST_DB_0 … TEST_DB_n.
const databases = Object.keys(env)
  .filter((name) => /^TEST_DB_\d+$/.test(name))
  .sort((a, b) => Number(a.slice(8)) - Number(b.slice(8)))
  .map((name) => env[name] as D1Database);
let next = 0;

async function freshDatabase(): Promise<D1Database> {
  while (next < databases.length) {
    const binding = databases[next++]!;
    const used = await binding.prepare("SELECT 1 FROM sqlite_master WHERE name = 'd1_migrations'").first();
    if (!used) return binding;
  }
  throw new Error(
    `A test file opened more than ${databases.length} test apps; raise WORKER_TEST_DATABASES in vitest.config.ts`,
  );
}

// Nothing in tests/api fetches the kiosk or admin builds; a request for one gets a plain 404.
const noAssets = { fetch: async () => new Response("Not found", { status: 404 }) } as unknown as Fetcher;

/**
 * The worker target: api/worker.ts's own handlers in workerd, on a local D1 migrated from
 * db/migrations (read once per run in vitest.config.ts), with the test's clock handed in.
 */
export async function createWorkerTestApp(start: string, seams: TestSeams = {}): Promise<TestApp> {
  const binding = await freshDatabase();
  await applyD1Migrations(binding, env.TEST_MIGRATIONS);
  const clock = manualClock(start);
  const bindings: Bindings & Record<string, unknown> = {
    DB: binding,
    ASSETS: noAssets,
    LINLI_SEED: "none",
    LINLI_DATA_KEY: randomToken(32),
  };
  const worker = createWorker({ clock, ...seams });
  return {
    target: "worker",
    app: {
      async request(input, init) {
        const request = new Request(new URL(input, "http://localhost"), init);
        const ctx = createExecutionContext();
        const res = await worker.fetch(request, bindings, ctx);
        await waitOnExecutionContext(ctx);
        return res as unknown as Response;
      },
    },
    db: createD1Db(binding),
    clock,
    config: configFromBindings(bindings),
    // The Cron Trigger's entry: a failing duty rejects here, as it fails the invocation.
    async scheduled() {
      const ctx = createExecutionContext();
      const done = await worker.scheduled(createScheduledController({ cron: "* * * * *" }), bindings, ctx);
      await waitOnExecutionContext(ctx);
      return done;
    },
    cleanup: () => {},
  };
}
