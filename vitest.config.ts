import { readFileSync } from "node:fs";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { uiAlias } from "./ui/build/ui-alias.js";

const shared = { environment: "node", testTimeout: 30_000, hookTimeout: 180_000 } as const;
// Each test app in a worker-target file takes one empty database of these (TEST_DB_0 …).
const WORKER_TEST_DATABASES = 24;
// The Worker's runtime settings come from wrangler.toml, so the tests run on the date it deploys with.
const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(readFileSync("wrangler.toml", "utf8"))![1];

export default defineConfig({
  resolve: { alias: uiAlias },
  test: {
    projects: [
      // Rules and API tests on Node: a fresh libSQL file per test app, so files run in parallel.
      // Every file makes its own app and community, so a worker keeps its imported modules (the whole
      // app) from one file to the next instead of importing them again for each of ~50 files.
      {
        test: {
          ...shared,
          name: "unit",
          isolate: false,
          include: ["tests/rules/**/*.test.ts", "tests/api/**/*.test.ts", "tests/house/**/*.test.ts"],
          provide: { linliTarget: "node" },
        },
      },
      // The race and idempotency files again on Node with the server's writer thread (db/native-writer.ts):
      // each test app's commits cross to a thread of their own, as in production, not inline.
      {
        test: {
          ...shared,
          name: "api-on-writer-thread",
          include: [
            "tests/api/canteen-orders.test.ts",
            "tests/api/idempotency.test.ts",
            "tests/api/booking-engine.test.ts",
            "tests/api/baby-room-booking.test.ts",
          ],
          provide: { linliTarget: "node", linliWriter: "thread" },
        },
      },
      // The same API test files against api/worker.ts in workerd on local D1 databases. Each test
      // file gets fresh storage; the migrations are read once here and applied in-process by
      // tests/support/target-worker.ts, not by the wrangler CLI.
      {
        plugins: [
          cloudflareTest(async () => ({
            miniflare: {
              compatibilityDate,
              d1Databases: Array.from({ length: WORKER_TEST_DATABASES }, (_, i) => `TEST_DB_${i}`),
              bindings: { TEST_MIGRATIONS: await readD1Migrations("db/migrations") },
            },
          })),
        ],
        test: {
          testTimeout: shared.testTimeout,
          hookTimeout: shared.hookTimeout,
          name: "api-on-worker",
          include: ["tests/api/**/*.test.ts"],
          provide: { linliTarget: "worker" },
        },
      },
      // The proof suite (tests/proof): model-based ledger tests, the OpenAPI fuzz, kill -9 against
      // the real Node server and the backup drill. Node only by nature; one file at a time, as each
      // is a load of its own.
      {
        test: {
          ...shared,
          name: "proof",
          include: ["tests/proof/**/*.test.ts"],
          provide: { linliTarget: "node" },
          fileParallelism: false,
        },
      },
      // Real servers, workerd and Chromium: one file at a time, so a 2-core machine times the
      // browser fairly (camera decoding, the 1 s QR goal) instead of four browsers fighting.
      {
        test: {
          ...shared,
          name: "browser-and-worker",
          include: ["tests/worker/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/worker/migrated-d1.ts"],
          fileParallelism: false,
        },
      },
    ],
  },
});
