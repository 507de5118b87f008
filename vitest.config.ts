import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    // Browser and workerd suites start real servers before their tests.
    hookTimeout: 180_000,
  },
});
