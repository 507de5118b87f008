import { readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { expect, onTestFinished } from "vitest";

const DIR = "db/migrations";

/** A district 'd' with its community 'c' (Asia/Shanghai): the rows the old data hang from. */
const DISTRICT_AND_COMMUNITY = [
  "INSERT INTO districts (id, slug, name, created_at) VALUES ('d', 'd', '街道', 0)",
  "INSERT INTO communities (id, district_id, slug, name, time_zone, created_at) VALUES ('c', 'd', 'c', '社区', 'Asia/Shanghai', 0)",
];

async function apply(client: ReturnType<typeof createClient>, name: string) {
  for (const statement of readFileSync(join(DIR, name), "utf8").split("--> statement-breakpoint"))
    if (statement.trim()) await client.execute(statement);
}

/**
 * A new database file with every migration before the one whose name contains `name` applied, and
 * the district 'd', its community 'c' and the `old` rows (SQL inserts) in it; `migrate()` then
 * applies that migration (again, if called twice, as a retried deploy would). The file goes when the
 * test finishes, passed or failed.
 */
export async function databaseBefore(name: string, old: string[]) {
  const file = join(tmpdir(), `linli-migration-${crypto.randomUUID()}.db`);
  const client = createClient({ url: `file:${file}` });
  onTestFinished(() => {
    client.close();
    rmSync(file, { force: true });
  });
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith(".sql"))
    .sort();
  const at = files.findIndex((f) => f.includes(name));
  expect(at).toBeGreaterThan(0);
  for (const f of files.slice(0, at)) await apply(client, f);
  await client.batch([...DISTRICT_AND_COMMUNITY, ...old]);
  return { client, migrate: () => apply(client, files[at]!) };
}
