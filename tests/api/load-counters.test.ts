import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { book, placesTaken, type BookInput } from "../../api/booking/book";
import { cancelBooking } from "../../api/booking/cancel-booking";
import { fundUsage, fundUsageQuery } from "../../api/canteen/canteen-day";
import * as t from "../../db/schema";
import { makeCanteen, makeCommunity, makeResource } from "../support/factories";
import type { TestApp } from "../support/test-app";
import { appWithCommunity, type Community } from "../support/signed-in";

let app: TestApp;
let community: Community;
beforeAll(async () => ({ t: app, community } = await appWithCommunity()));
afterAll(() => app.cleanup());

const deps = () => ({ db: app.db, clock: app.clock, config: app.config });
const DAY = 86_400_000;
const lunch = { startsAt: new Date("2026-11-23T03:00:00Z"), endsAt: new Date("2026-11-23T05:00:00Z") };
const daysBack = (n: number) => ({
  startsAt: new Date(lunch.startsAt.getTime() - n * DAY),
  endsAt: new Date(lunch.endsAt.getTime() - n * DAY),
});

const makeSitting = (capacity: number) => makeResource(app.db, community, "sitting", capacity);
const request = (resourceId: string, range = lunch): BookInput => ({
  communityId: community.id,
  resourceId,
  holder: { kind: "resident", id: crypto.randomUUID() },
  ...range,
  timeZone: "Asia/Shanghai",
  holderLimit: "none",
  idempotencyKey: crypto.randomUUID(),
});
const plan = async (query: ReturnType<typeof sql>) =>
  (await app.db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${query}`)).map((r) => r.detail).join("\n");

describe("counters the capacity and budget checks read", () => {
  it("keeps one row of places per sitting and day, counting holding bookings only", async () => {
    const sitting = await makeSitting(2);
    // Yesterday's full sitting, still confirmed in the history, takes nothing from today.
    for (let i = 0; i < 2; i++) await book(deps(), request(sitting.id, daysBack(1)));
    const first = await book(deps(), request(sitting.id));
    await book(deps(), request(sitting.id));
    await expect(book(deps(), request(sitting.id))).rejects.toMatchObject({ code: "FULL" });
    const today = () =>
      app.db
        .select()
        .from(t.resourceLoad)
        .where(eq(t.resourceLoad.resourceId, sitting.id))
        .then((rows) => rows.map((r) => ({ startsAt: r.startsAt.toISOString(), taken: r.taken })));
    expect(await today()).toEqual([
      { startsAt: daysBack(1).startsAt.toISOString(), taken: 2 },
      { startsAt: lunch.startsAt.toISOString(), taken: 2 },
    ]);
    // A cancelled booking gives its place back through the counter, and the place can be taken again.
    await cancelBooking(deps(), { communityId: community.id, bookingId: (first as { id: string }).id });
    expect((await today())[1]).toEqual({ startsAt: lunch.startsAt.toISOString(), taken: 1 });
    await book(deps(), request(sitting.id));
    await expect(book(deps(), request(sitting.id))).rejects.toMatchObject({ code: "FULL" });
  });

  it("follows the fund claim tally in one row per fund and month, through upserts and corrections", async () => {
    const other = await makeCommunity(app.db);
    const { funds } = await makeCanteen(app.db, other);
    const fund = funds[0]!;
    const tally = (serviceDate: string, amountFen: number) =>
      app.db.run(sql`INSERT INTO fund_claim_tally (fund_id, month, service_date, diner_age, diner_groups, meals, amount_fen)
        VALUES (${fund.id}, ${serviceDate.slice(0, 7)}, ${serviceDate}, 80, '[]', 1, ${amountFen})
        ON CONFLICT (fund_id, month, service_date, diner_age, diner_groups) DO UPDATE SET meals = meals + 1, amount_fen = amount_fen + excluded.amount_fen`);
    await tally("2026-11-02", 300);
    await tally("2026-11-02", 300);
    await tally("2026-11-03", 500);
    await tally("2026-10-31", 700);
    await app.db.run(
      sql`UPDATE fund_claim_tally SET amount_fen = amount_fen - 300 WHERE fund_id = ${fund.id} AND service_date = '2026-11-02'`,
    );
    expect((await fundUsage({ db: app.db }, { communityId: other.id, month: "2026-11" })).get(fund.id)).toBe(800);
    expect((await fundUsage({ db: app.db }, { communityId: other.id, month: "2026-10" })).get(fund.id)).toBe(700);
  });

  it("plans the capacity check and the fund usage on the counters' indexes, never on bookings or the tally", async () => {
    const sitting = await makeSitting(10);
    const capacity = await plan(sql`SELECT ${placesTaken(lunch)} FROM resources r WHERE r.id = ${sitting.id}`);
    expect(capacity).toMatch(/SEARCH l USING INDEX resource_load_end \(resource_id=\? AND ends_at>\?\)/);
    expect(capacity).not.toMatch(/bookings/);
    const usage = await plan(fundUsageQuery(community.id, "2026-11"));
    expect(usage).toMatch(
      /SEARCH u USING (PRIMARY KEY|INDEX sqlite_autoindex_fund_month_usage_1) \(fund_id=\? AND month=\?\)/,
    );
    expect(usage).not.toMatch(/fund_claim_tally|SCAN u/);
  });
});
