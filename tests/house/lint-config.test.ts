import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

/**
 * Biome reads its per-folder rules from the file's place in the tree, so each probe is written
 * where the rule applies (a name no one would use), linted, and removed.
 */
async function lintProbe(path: string, source: string) {
  const file = join(ROOT, path);
  writeFileSync(file, source);
  try {
    await run("npx", ["biome", "lint", "--colors=off", path], { cwd: ROOT });
    return { failed: false, output: "" };
  } catch (err) {
    const { stdout = "", stderr = "" } = err as { stdout?: string; stderr?: string };
    return { failed: true, output: stdout + stderr };
  } finally {
    rmSync(file, { force: true });
  }
}

const uses = (line: string, name: string) => `${line}\nexport const x = ${name};\n`;

// Each probe: where it is written, its source, and the rule's words (or null: lint passes).
const probes: [string, string, string, string | null][] = [
  [
    "a database import in a rules file",
    "api/booking/zz-lint-probe-rules.ts",
    uses('import { sql } from "drizzle-orm";', "sql"),
    "A rules file is pure",
  ],
  [
    "hono in a rules file",
    "api/booking/zz-lint-probe-rules.ts",
    uses('import { Hono } from "hono";', "Hono"),
    "no HTTP",
  ],
  // The rule is about rules files only: the same import in a file not named as one passes.
  [
    "hono in a file that is not a rules file",
    "api/booking/rules-zz-lint-probe.ts",
    uses('import { Hono } from "hono";', "Hono"),
    null,
  ],
  [
    "the schema's types in a rules file",
    "api/booking/zz-lint-probe-rules.ts",
    'import type { BookingStatus } from "../../db/schema";\nexport const x: BookingStatus | null = null;\n',
    null,
  ],
  [
    "server code in the kiosk",
    "kiosk/src/zz-lint-probe.ts",
    uses('import { createApp } from "../../api/app";', "createApp"),
    "Front-ends do not import server code",
  ],
  [
    "the kiosk in the admin",
    "admin/src/zz-lint-probe.ts",
    uses('import { api } from "../../kiosk/src/api";', "api"),
    "share code through ui/",
  ],
  [
    "the shared kit in the admin",
    "admin/src/zz-lint-probe.ts",
    uses('import { api } from "@ui/api-client";', "api"),
    null,
  ],
  [
    "the API in db/",
    "db/zz-lint-probe.ts",
    uses('import { sha256 } from "../api/shared/crypto";', "sha256"),
    "bottom floor",
  ],
  [
    "the kiosk in common/",
    "common/zz-lint-probe.ts",
    uses('import { t } from "../kiosk/src/i18n";', "t"),
    "bottom floor",
  ],
];

describe("the house's import rules", () => {
  it.each(probes)("judge %s", async (_, path, source, refusal) => {
    const probe = await lintProbe(path, source);
    expect(probe.failed).toBe(refusal !== null);
    if (refusal) expect(probe.output).toContain(refusal);
  });
});
