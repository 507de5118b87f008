import { defineConfig } from "vitest/config";
import { uiAlias } from "./ui/build/ui-alias.js";

const shared = { environment: "node", testTimeout: 30_000, hookTimeout: 180_000 } as const;

export default defineConfig({
  resolve: { alias: uiAlias },
  test: {
    projects: [
      // Rules and API tests: a fresh libSQL file per test file, so files run in parallel.
      {
        test: {
          ...shared,
          name: "unit",
          include: ["tests/rules/**/*.test.ts", "tests/api/**/*.test.ts", "tests/house/**/*.test.ts"],
        },
      },
      // Real servers, workerd and Chromium: one file at a time, so a 2-core machine times the
      // browser fairly (camera decoding, the 1 s QR goal) instead of four browsers fighting.
      {
        test: {
          ...shared,
          name: "browser-and-worker",
          include: ["tests/worker/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          fileParallelism: false,
        },
      },
    ],
  },
});
