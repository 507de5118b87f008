import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A local D1 state folder migrated once for the run; each Worker under test starts on a copy. */
    migratedD1: string;
  }
}

/**
 * A local D1 state folder with every migration applied by `wrangler d1 migrations apply`, the command
 * a deployment uses. Each Worker under test (or bench) starts on a copy of it.
 */
export function migrateD1Template() {
  const dir = mkdtempSync(join(tmpdir(), "linli-d1-template-"));
  const state = join(dir, "state");
  try {
    // CI=true answers wrangler's "continue?" prompt, which would otherwise wait on stdin.
    execFileSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", state], {
      env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" },
      stdio: "pipe",
    });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    const { stdout = "", stderr = "" } = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`wrangler d1 migrations apply failed:\n${stdout}\n${stderr}`);
  }
  return { state, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Global setup for the Worker and browser tests: migrate once per test run, not once per Worker start. */
export default function migrateOnce(project: TestProject) {
  const { state, remove } = migrateD1Template();
  project.provide("migratedD1", state);
  return remove;
}
