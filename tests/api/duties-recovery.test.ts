import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "../../db/schema";
import { makeCommunity, makeResident, makeStudyRoom } from "../support/factories";
import { createTestApp, type TestApp } from "../support/test-app";

const NOW = "2026-11-24T06:00:00Z"; // 14:00 in Shanghai
let t: TestApp;
beforeAll(async () => (t = await createTestApp(NOW)));
afterAll(() => t.cleanup());

describe("the duties after a crash between their steps", () => {
  it("still bans someone whose third no-show a stopped run marked but never judged, and only once", async () => {
    const community = await makeCommunity(t.db);
    const room = await makeStudyRoom(t.db, community.id, 2);
    const student = await makeResident(t.db, community.id, { birthDate: "2001-03-02" });
    // Three no-shows this week, already marked (the run that marked the last one stopped before banning).
    const day = 86_400_000;
    await t.db.insert(s.bookings).values(
      [3, 2, 0].map((daysAgo, i) => ({
        id: crypto.randomUUID(),
        communityId: community.id,
        facilityId: room.facilityId,
        resourceId: room.seats[0]!.id,
        holderKind: "resident" as const,
        holderId: student.id,
        startsAt: new Date(Date.parse(NOW) - daysAgo * day - 3 * 3_600_000),
        endsAt: new Date(Date.parse(NOW) - daysAgo * day - 2 * 3_600_000),
        status: "no_show" as const,
        closedAt: new Date(Date.parse(NOW) - daysAgo * day - 2.5 * 3_600_000),
        idempotencyKey: `crash-${i}-${crypto.randomUUID()}`,
        createdAt: new Date(Date.parse(NOW) - 4 * day),
      })),
    );
    const first = await t.scheduled();
    expect(first.bans).toBe(1);
    const bans = await t.db
      .select()
      .from(s.bookingBans)
      .where(and(eq(s.bookingBans.holderId, student.id), eq(s.bookingBans.facilityId, room.facilityId)));
    expect(bans).toHaveLength(1);
    expect((await t.scheduled()).bans).toBe(0);
  });
});
