import { readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";

const dir = "db/migrations";
const file = join(tmpdir(), `linli-closures-${crypto.randomUUID()}.db`);
afterAll(() => rmSync(file, { force: true }));

async function apply(client: ReturnType<typeof createClient>, name: string) {
  for (const statement of readFileSync(join(dir, name), "utf8").split("--> statement-breakpoint"))
    if (statement.trim()) await client.execute(statement);
}

describe("the migration that gives every facility one closures table", () => {
  it("keeps each canteen closed day as a closure of the canteen over that local day, then drops the old table", async () => {
    const client = createClient({ url: `file:${file}` });
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".sql"))
      .sort();
    const at = files.findIndex((f) => f.includes("facility_closures_for_all"));
    expect(at).toBeGreaterThan(0);
    for (const f of files.slice(0, at)) await apply(client, f);
    await client.batch([
      "INSERT INTO districts (id, slug, name, created_at) VALUES ('d', 'd', '街道', 0)",
      "INSERT INTO communities (id, district_id, slug, name, time_zone, created_at) VALUES ('c', 'd', 'c', '社区', 'Asia/Shanghai', 0)",
      "INSERT INTO facilities (id, community_id, kind, name, location, capacity, created_at) VALUES ('f', 'c', 'canteen', '食堂', '', 50, 0)",
      "INSERT INTO canteen_closures (community_id, service_date, reason, created_at) VALUES ('c', '2026-12-01', '停电检修', 123)",
    ]);
    await apply(client, files[at]!);
    const rows = (
      await client.execute("SELECT facility_id, starts_at, ends_at, reason, created_at FROM facility_closures")
    ).rows;
    expect(rows.map((r) => ({ ...r }))).toEqual([
      {
        facility_id: "f",
        starts_at: Date.parse("2026-12-01T00:00:00+08:00"),
        ends_at: Date.parse("2026-12-02T00:00:00+08:00"),
        reason: "停电检修",
        created_at: 123,
      },
    ]);
    const old = await client.execute("SELECT name FROM sqlite_master WHERE name = 'canteen_closures'");
    expect(old.rows).toEqual([]);
    client.close();
  });
});
