import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_POLICY } from "../../api/canteen/seed-policy";
import * as schema from "../../db/schema";
import { type makeKiosk, makeResident, topUpCard } from "../support/factories";
import { call, type TestApp } from "../support/test-app";
import type { Community } from "../support/signed-in";
import { canteenScene, orderLunch } from "../support/canteen";
import { identifyWithPass } from "../support/kiosk-sessions";

let t: TestApp;
let community: Community;
let kiosk: Awaited<ReturnType<typeof makeKiosk>>;
let admin: string;
beforeAll(async () => ({ t, community, kiosk, admin } = await canteenScene("2026-11-23T01:00:00Z")));
afterAll(() => t.cleanup());

const sessionFor = (id: string) => identifyWithPass(t, { kiosk, cookie: admin, holder: { kind: "resident", id } });
const order = (headers: Record<string, string>, body: Record<string, unknown> = {}) => orderLunch(t, headers, body);
const lunchPrice = async (headers: Record<string, string>) =>
  (await call(t, "GET", "/api/kiosk/canteen/today", { headers })).json.diners[0].sittings.find(
    (s: { name: string }) => s.name === "lunch",
  ).price;

describe("configuration cached behind a version", () => {
  it("never commits a price from before a policy change committed between the quote and the order", async () => {
    const her = await makeResident(t.db, community.id, { birthDate: "1946-05-15" });
    const him = await makeResident(t.db, community.id, { birthDate: "1946-05-15" });
    await topUpCard(t.db, community.id, her.id, 5000);
    await topUpCard(t.db, community.id, him.id, 5000);
    const [hers, his] = [await sessionFor(her.id), await sessionFor(him.id)];
    // The quote fills the cache with version 1 of the policy.
    expect(await lunchPrice(hers)).toMatchObject({ listPriceFen: 1500, payFen: 790 });
    // Staff commit a dearer lunch from today on (any write to the policies bumps the version).
    await t.db.insert(schema.pricingPolicies).values({
      id: crypto.randomUUID(),
      communityId: community.id,
      version: 2,
      effectiveFrom: "2026-11-23",
      rules: { ...SEED_POLICY, listPriceFen: { ...SEED_POLICY.listPriceFen, lunch: 2000 } },
      createdAt: new Date("2026-11-23T01:00:00Z"),
    });
    // Her order was priced from the cached version 1; its batch refuses the stale version and it is priced again.
    const placed = await order(hers);
    expect(placed.status).toBe(200);
    expect(placed.json).toMatchObject({ policyVersion: 2, listPriceFen: 2000, payFen: 1290 });
    const [row] = await t.db.select().from(schema.mealOrders).where(eq(schema.mealOrders.id, placed.json.id));
    expect(row).toMatchObject({ policyVersion: 2, listPriceFen: 2000, payFen: 1290 });
    // Someone who was shown the old price and agreed to it is told the price changed, and pays nothing.
    const refused = await order(his, { expectedPayFen: 790 });
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe("PRICE_CHANGED");
    expect(await lunchPrice(his)).toMatchObject({ listPriceFen: 2000, payFen: 1290 });
  });

  it("closes the canteen at once when a closure is committed after the day was cached", async () => {
    const her = await makeResident(t.db, community.id, { birthDate: "1950-02-02" });
    await topUpCard(t.db, community.id, her.id, 5000);
    const headers = await sessionFor(her.id);
    await lunchPrice(headers);
    await t.db.insert(schema.facilityClosures).values({
      id: crypto.randomUUID(),
      communityId: community.id,
      facilityId: community.facilityId,
      startsAt: new Date("2026-11-23T00:00:00Z"),
      endsAt: new Date("2026-11-24T00:00:00Z"),
      reason: "停水",
      createdAt: new Date("2026-11-23T01:00:00Z"),
    });
    const refused = await order(headers);
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe("CANTEEN_CLOSED");
  });
});
