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

describe("the house's import rules", () => {
  it("refuse a database import in a rules file", async () => {
    const probe = await lintProbe(
      "api/booking/zz-lint-probe-rules.ts",
      'import { sql } from "drizzle-orm";\nexport const x = sql;\n',
    );
    expect(probe.failed).toBe(true);
    expect(probe.output).toContain("A rules file is pure");
  });

  it("refuse hono in a rules file but let it read the schema's types", async () => {
    const probe = await lintProbe(
      "api/booking/rules-zz-lint-probe.ts",
      'import { Hono } from "hono";\nexport const x = Hono;\n',
    );
    expect(probe.failed).toBe(false); // not a rules file by name: the rule is about rules files only
    const rules = await lintProbe(
      "api/booking/zz-lint-probe-rules.ts",
      'import { Hono } from "hono";\nexport const x = Hono;\n',
    );
    expect(rules.output).toContain("no HTTP");
    const types = await lintProbe(
      "api/booking/zz-lint-probe-rules.ts",
      'import type { BookingStatus } from "../../db/schema";\nexport const x: BookingStatus | null = null;\n',
    );
    expect(types.failed).toBe(false);
  });

  it("refuse server code in the kiosk and the admin, and the kiosk in the admin", async () => {
    const kiosk = await lintProbe(
      "kiosk/src/zz-lint-probe.ts",
      'import { createApp } from "../../api/app";\nexport const x = createApp;\n',
    );
    expect(kiosk.output).toContain("Front-ends do not import server code");
    const admin = await lintProbe(
      "admin/src/zz-lint-probe.ts",
      'import { api } from "../../kiosk/src/api";\nexport const x = api;\n',
    );
    expect(admin.output).toContain("share code through ui/");
    const kit = await lintProbe(
      "admin/src/zz-lint-probe.ts",
      'import { api } from "@ui/api-client";\nexport const x = api;\n',
    );
    expect(kit.failed).toBe(false);
  });

  it("keep db/ and common/ free of anything above them", async () => {
    const db = await lintProbe(
      "db/zz-lint-probe.ts",
      'import { sha256 } from "../api/shared/crypto";\nexport const x = sha256;\n',
    );
    expect(db.output).toContain("bottom floor");
    const common = await lintProbe(
      "common/zz-lint-probe.ts",
      'import { t } from "../kiosk/src/i18n";\nexport const x = t;\n',
    );
    expect(common.output).toContain("bottom floor");
  });
});
