import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awayEndsAt, noShowAt } from "../../api/booking/attendance-rules";
import { awayEndsAtSql, noShowAtSql } from "../../api/booking/attendance-sql";
import * as schema from "../../db/schema";
import { makeCommunity, makeResident, makeStudyRoom } from "../support/factories";
import { createTestApp, type TestApp } from "../support/test-app";

const MIN = 60_000;
const T0 = Date.parse("2026-11-24T02:00:00Z");

// One table of bookings around the rules' edges: booked long before, just after and well after the
// start; shorter and longer than the grace period; stepped out at the start, mid-way and at the end.
const starts = [0, 7, 15, 16, 60];
const made = [-1_440, 0, 3, 14, 15, 40];
const lengths = [5, 15, 30, 120];
const away = [null, 0, 1, 29, 30, 31, 90];
const cases = starts.flatMap((start) =>
  made.flatMap((createdAt) =>
    lengths.flatMap((length) =>
      away.map((awaySince) => ({
        startsAt: new Date(T0 + start * MIN),
        createdAt: new Date(T0 + (start + createdAt) * MIN),
        endsAt: new Date(T0 + (start + length) * MIN),
        awaySince: awaySince === null ? null : new Date(T0 + (start + awaySince) * MIN),
      })),
    ),
  ),
);

let t: TestApp;
let policy: { graceMinutes: number; awayMinutes: number };
let rows: { id: string; at: number; away: number | null }[];

beforeAll(async () => {
  t = await createTestApp();
  const community = await makeCommunity(t.db);
  const room = await makeStudyRoom(t.db, community.id, 1);
  policy = room.policy;
  const person = await makeResident(t.db, community.id);
  const values = cases.map((c, i) => ({
    id: String(i).padStart(4, "0"),
    communityId: community.id,
    facilityId: room.facilityId,
    resourceId: room.seats[0]!.id,
    holderKind: "resident" as const,
    holderId: person.id,
    status: "completed" as const,
    idempotencyKey: `case-${i}`,
    ...c,
  }));
  // Rows go in a few at a time: D1 binds at most 100 parameters per statement.
  for (let i = 0; i < values.length; i += 5) await t.db.insert(schema.bookings).values(values.slice(i, i + 5));
  rows = await t.db.all(sql`SELECT id, ${noShowAtSql} AS at, ${awayEndsAtSql} AS away FROM bookings ORDER BY id`);
});

afterAll(() => t?.cleanup());

describe("the attendance rules and the SQL the duties run", () => {
  it("agree on the no-show moment for every booking in the table", () => {
    expect(rows).toHaveLength(cases.length);
    const sqlSays = rows.map((r) => r.at);
    const ruleSays = cases.map((c) => noShowAt(c, policy.graceMinutes).getTime());
    expect(sqlSays).toEqual(ruleSays);
    // The table reaches both sides of the rule: grace from the start, from booking, and the end.
    expect(new Set(ruleSays.map((at, i) => at - cases[i]!.startsAt.getTime())).size).toBeGreaterThan(5);
  });

  it("agree on when a person who stepped out loses the place", () => {
    const sqlSays = rows.map((r) => r.away);
    const ruleSays = cases.map((c) => (c.awaySince ? awayEndsAt(c.awaySince, policy.awayMinutes).getTime() : null));
    expect(sqlSays).toEqual(ruleSays);
  });
});
