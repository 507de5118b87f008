import { describe, expect, it } from "vitest";
import { databaseBefore } from "./support/migration-db";

describe("the migration that gives every facility one closures table", () => {
  it("keeps each canteen closed day as a closure of the canteen over that local day, then drops the old table", async () => {
    const { client, migrate } = await databaseBefore("facility_closures_for_all", [
      "INSERT INTO facilities (id, community_id, kind, name, location, capacity, created_at) VALUES ('f', 'c', 'canteen', '食堂', '', 50, 0)",
      "INSERT INTO canteen_closures (community_id, service_date, reason, created_at) VALUES ('c', '2026-12-01', '停电检修', 123)",
    ]);
    await migrate();
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
  });
});
