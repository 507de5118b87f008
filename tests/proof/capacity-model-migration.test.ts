import { describe, expect, it } from "vitest";
import { openingOn, type WeekdayHours } from "../../api/booking/schedule-rules";
import { addDays } from "../../api/shared/time";
import { databaseBefore } from "./support/migration-db";

// The capacity in force for a resource on a local date, as api/booking/book.ts capacityOn writes it.
const inForce = (resource: string, date: string, weekday: number) => `coalesce(
  (SELECT cc.capacity FROM capacity_changes cc WHERE cc.resource_id = ${resource} AND cc.date = '${date}'),
  (SELECT ct.capacity FROM capacity_templates ct WHERE ct.resource_id = ${resource} AND ct.weekday = ${weekday}),
  r.capacity)`;

describe("the migration that puts the station's door capacity into the capacity model", () => {
  it("gives each station a whole-facility place whose capacity in force, any day, is the figure the door read before", async () => {
    const { client, migrate } = await databaseBefore("station_whole_facility", [
      "INSERT INTO communities (id, district_id, slug, name, time_zone, created_at) VALUES ('c2', 'd', 'c2', '社区二', 'Asia/Shanghai', 0)",
      "INSERT INTO facilities (id, community_id, kind, name, location, capacity, created_at) VALUES ('s', 'c', 'station', '骑手驿站', '', 20, 5)",
      "INSERT INTO facilities (id, community_id, kind, name, location, capacity, created_at) VALUES ('s2', 'c2', 'station', '驿站', '', 7, 6)",
      "INSERT INTO facilities (id, community_id, kind, name, location, capacity, created_at) VALUES ('k', 'c', 'canteen', '食堂', '', 50, 5)",
    ]);
    const before = (await client.execute("SELECT id, capacity FROM facilities WHERE kind = 'station' ORDER BY id"))
      .rows;
    await migrate();
    const after = await client.execute(`
      SELECT r.facility_id AS id, r.kind, r.label, ${inForce("r.id", "2026-11-23", 1)} AS monday,
        ${inForce("r.id", "2026-11-29", 7)} AS sunday
      FROM resources r WHERE r.kind = 'facility' ORDER BY r.facility_id`);
    expect(after.rows.map((r) => ({ ...r }))).toEqual(
      before.map((b) => ({
        id: b.id,
        kind: "facility",
        label: b.id === "s" ? "骑手驿站" : "驿站",
        monday: b.capacity,
        sunday: b.capacity,
      })),
    );
    // Applied twice (a retried deploy), it adds nothing.
    await migrate();
    expect((await client.execute("SELECT count(*) AS n FROM resources WHERE kind = 'facility'")).rows[0]!.n).toBe(2);
  });
});

describe("the migration that puts the study room's hours into the capacity model", () => {
  it("turns each weekday's facility_hours into the room's weekly template, with the same opening every day of a year, and drops the old table", async () => {
    const old: WeekdayHours[] = [
      { weekday: 1, opens: "08:00", closes: "22:00" },
      { weekday: 2, opens: "08:00", closes: "01:00" },
      { weekday: 5, opens: "09:30", closes: "21:00" },
      { weekday: 6, opens: "00:00", closes: "00:00" },
    ];
    const { client, migrate } = await databaseBefore("study_hours_into_model", [
      "INSERT INTO facilities (id, community_id, kind, name, location, capacity, created_at) VALUES ('r', 'c', 'study_room', '自习室', '', 24, 5)",
      ...old.map(
        (h) =>
          `INSERT INTO facility_hours (facility_id, community_id, weekday, opens, closes) VALUES ('r', 'c', ${h.weekday}, '${h.opens}', '${h.closes}')`,
      ),
    ]);
    await migrate();
    const rows = await client.execute(`
      SELECT t.weekday, t.opens, t.closes, t.capacity, r.kind FROM capacity_templates t JOIN resources r ON r.id = t.resource_id
      WHERE r.facility_id = 'r' ORDER BY t.weekday`);
    expect(rows.rows.map((r) => ({ ...r }))).toEqual(old.map((h) => ({ ...h, capacity: 24, kind: "facility" })));
    const migrated = rows.rows.map((r) => ({
      weekday: Number(r.weekday),
      opens: String(r.opens),
      closes: String(r.closes),
    }));
    for (let i = 0, date = "2026-01-01"; i < 366; i++, date = addDays(date, 1))
      expect(openingOn(date, migrated, "Asia/Shanghai")).toEqual(openingOn(date, old, "Asia/Shanghai"));
    expect((await client.execute("SELECT name FROM sqlite_master WHERE name = 'facility_hours'")).rows).toEqual([]);
  });
});
