import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SEED_POLICY } from "../../api/canteen/seed-policy";
import * as t from "../../db/schema";
import { canteenScene, placeLunch } from "../support/canteen";
import { makeCommunity, makeResident } from "../support/factories";
import { type Community, signedInStaff } from "../support/signed-in";
import { call, type TestApp } from "../support/test-app";

let app: TestApp;
let community: Community;
let canteen: Awaited<ReturnType<typeof canteenScene>>["canteen"];
let admin: string;
let cook: string;
let keeper: string;
const MONDAY = "2026-11-23T01:00:00Z"; // 09:00 in Shanghai, before the 10:00 lunch cut-off

beforeAll(async () => {
  ({ t: app, community, canteen, admin, cook } = await canteenScene(MONDAY));
  keeper = (await signedInStaff(app, community, "station_keeper")).cookie;
});
afterAll(() => app.cleanup());
beforeEach(() => app.clock.set(MONDAY));

const base = () => `/api/communities/${community.id}/canteen`;
const lunchFor = (residentId: string) => placeLunch(app, community.id, residentId, { payment: "counter" });
const auditActions = async () =>
  (
    await app.db.select({ action: t.auditLog.action }).from(t.auditLog).where(eq(t.auditLog.communityId, community.id))
  ).map((a) => a.action);

describe("who may run the canteen", () => {
  it("refuses a station keeper the menus, policies and funds with 403", async () => {
    for (const path of ["/menus?from=2026-11-23", "/policies", "/funds", "/residents"]) {
      expect((await call(app, "GET", `${base()}${path}`, { cookie: keeper })).status).toBe(403);
    }
    const put = await call(app, "PUT", `${base()}/menus/2026-11-24/lunch`, {
      cookie: keeper,
      body: { dishes: ["米饭"] },
    });
    expect(put.status).toBe(403);
  });

  it("lets canteen staff read prices and budgets but only admins change them", async () => {
    expect((await call(app, "GET", `${base()}/policies`, { cookie: cook })).status).toBe(200);
    const policy = await call(app, "POST", `${base()}/policies`, {
      cookie: cook,
      body: { effectiveFrom: "2026-12-01", rules: SEED_POLICY },
    });
    expect(policy.status).toBe(403);
    const fund = canteen.funds[0]!;
    expect(
      (await call(app, "PATCH", `${base()}/funds/${fund.id}`, { cookie: cook, body: { monthlyBudgetFen: 1 } })).status,
    ).toBe(403);
  });
});

describe("menus and closed days", () => {
  it("replaces one sitting's dishes and refuses an empty dish name with 422", async () => {
    const bad = await call(app, "PUT", `${base()}/menus/2026-11-24/lunch`, { cookie: cook, body: { dishes: ["  "] } });
    expect(bad.status).toBe(422);
    expect(bad.json.error.code).toBe("VALIDATION_FAILED");
    await call(app, "PUT", `${base()}/menus/2026-11-24/lunch`, { cookie: cook, body: { dishes: ["旧菜"] } });
    const saved = await call(app, "PUT", `${base()}/menus/2026-11-24/lunch`, {
      cookie: cook,
      body: { dishes: ["红烧鸡块", "米饭"] },
    });
    expect(saved.status).toBe(200);
    const week = await call(app, "GET", `${base()}/menus?from=2026-11-23`, { cookie: cook });
    expect(week.json.days).toHaveLength(7);
    expect(week.json.days[1]).toMatchObject({
      date: "2026-11-24",
      closed: null,
      dishes: { lunch: ["红烧鸡块", "米饭"], dinner: [] },
    });
    expect(await auditActions()).toContain("menu.set");
  });

  it("refuses to plan a menu for a past day", async () => {
    const res = await call(app, "PUT", `${base()}/menus/2026-11-22/lunch`, {
      cookie: cook,
      body: { dishes: ["米饭"] },
    });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("DATE_IN_PAST");
  });

  it("copies a week of menus to the following week, replacing what was there", async () => {
    await call(app, "PUT", `${base()}/menus/2026-11-25/dinner`, { cookie: cook, body: { dishes: ["小米粥", "馒头"] } });
    await call(app, "PUT", `${base()}/menus/2026-12-02/dinner`, { cookie: cook, body: { dishes: ["要被替换"] } });
    const copied = await call(app, "POST", `${base()}/menus/copy-week`, { cookie: cook, body: { from: "2026-11-23" } });
    expect(copied.status).toBe(200);
    expect(copied.json).toMatchObject({ from: "2026-11-23", to: "2026-11-30", days: 7 });
    const next = await call(app, "GET", `${base()}/menus?from=2026-11-30`, { cookie: cook });
    expect(next.json.days[2].dishes.dinner).toEqual(["小米粥", "馒头"]);
    expect(next.json.days[1].dishes.lunch).toEqual(["红烧鸡块", "米饭"]);
    expect(await auditActions()).toContain("menu.copy_week");
  });

  it("stops orders on a closed day with CANTEEN_CLOSED and takes them again once reopened", async () => {
    const diner = await makeResident(app.db, community.id, { birthDate: "1960-01-01" });
    const closed = await call(app, "POST", `${base()}/closures`, {
      cookie: cook,
      body: { date: "2026-11-23", reason: "停电检修" },
    });
    expect(closed.status).toBe(201);
    expect(
      (await call(app, "POST", `${base()}/closures`, { cookie: cook, body: { date: "2026-11-23", reason: "again" } }))
        .json.error.code,
    ).toBe("ALREADY_CLOSED");
    await expect(lunchFor(diner.id)).rejects.toMatchObject({ code: "CANTEEN_CLOSED" });
    const week = await call(app, "GET", `${base()}/menus?from=2026-11-23`, { cookie: cook });
    expect(week.json.days[0].closed).toBe("停电检修");
    expect((await call(app, "DELETE", `${base()}/closures/2026-11-23`, { cookie: cook })).status).toBe(200);
    expect(await lunchFor(diner.id)).toMatchObject({ status: "placed" });
    expect(await auditActions()).toEqual(expect.arrayContaining(["canteen.add_closure", "canteen.remove_closure"]));
  });
});

describe("pricing policy versions", () => {
  it("prices orders by a new version from its effective date while earlier orders keep theirs", async () => {
    const senior = await makeResident(app.db, community.id, { birthDate: "1960-01-01" });
    const before = await lunchFor(senior.id);
    expect(before).toMatchObject({ policyVersion: 1, payFen: 990 });

    const rules = structuredClone(SEED_POLICY);
    rules.subsidies.find((r) => r.id === "senior_60")!.offFen.lunch = 610;
    const created = await call(app, "POST", `${base()}/policies`, {
      cookie: admin,
      body: { effectiveFrom: "2026-11-24", rules },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ version: 2, effectiveFrom: "2026-11-24" });

    const listed = await call(app, "GET", `${base()}/policies`, { cookie: cook });
    expect(listed.json.items.map((p: { version: number; inForce: boolean }) => [p.version, p.inForce])).toEqual([
      [2, false],
      [1, true],
    ]);
    const senior60 = listed.json.items[0].examples.find((e: { ruleId: string }) => e.ruleId === "senior_60");
    expect(senior60.sittings[0]).toMatchObject({
      sitting: "lunch",
      payFen: 890,
      subsidies: [{ fundName: "街道老年助餐补贴", amountFen: 610 }],
    });

    expect(await lunchFor(senior.id)).toMatchObject({ policyVersion: 1 }); // still Monday: a second, unsubsidised meal under v1
    app.clock.set("2026-11-24T01:00:00Z");
    expect(await lunchFor(senior.id)).toMatchObject({ policyVersion: 2, payFen: 890 });
    const [kept] = await app.db.select().from(t.mealOrders).where(eq(t.mealOrders.id, before.id));
    expect(kept).toMatchObject({ policyVersion: 1, payFen: 990, listPriceFen: 1500 });
    expect(await auditActions()).toContain("pricing_policy.create");
  });

  it("refuses a version that starts in the past, has a negative price or names an unknown fund", async () => {
    const past = await call(app, "POST", `${base()}/policies`, {
      cookie: admin,
      body: { effectiveFrom: "2026-11-22", rules: SEED_POLICY },
    });
    expect(past.status).toBe(422);
    expect(past.json.error.code).toBe("DATE_IN_PAST");
    const negative = await call(app, "POST", `${base()}/policies`, {
      cookie: admin,
      body: { effectiveFrom: "2026-12-01", rules: { ...SEED_POLICY, listPriceFen: { lunch: -1, dinner: 1000 } } },
    });
    expect(negative.status).toBe(422);
    expect(negative.json.error.code).toBe("VALIDATION_FAILED");
    const rules = { ...SEED_POLICY, subsidies: [{ ...SEED_POLICY.subsidies[0]!, fundCode: "no_such_fund" }] };
    const unknown = await call(app, "POST", `${base()}/policies`, {
      cookie: admin,
      body: { effectiveFrom: "2026-12-01", rules },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.code).toBe("UNKNOWN_FUND");
  });
});

describe("fund budgets", () => {
  it("shows this month's use and, after an admin cuts the budget to zero, prices without that fund", async () => {
    const street = canteen.funds.find((f) => f.code === "street_elderly_meal")!;
    const senior = await makeResident(app.db, community.id, { birthDate: "1955-03-03" });
    await lunchFor(senior.id);
    const funds = await call(app, "GET", `${base()}/funds`, { cookie: cook });
    expect(funds.json.month).toBe("2026-11");
    expect(funds.json.items.find((f: { id: string }) => f.id === street.id).usedFen).toBeGreaterThanOrEqual(510);

    const bad = await call(app, "PATCH", `${base()}/funds/${street.id}`, {
      cookie: admin,
      body: { monthlyBudgetFen: 1.5 },
    });
    expect(bad.status).toBe(422);
    const cut = await call(app, "PATCH", `${base()}/funds/${street.id}`, {
      cookie: admin,
      body: { monthlyBudgetFen: 0 },
    });
    expect(cut.json).toMatchObject({ monthlyBudgetFen: 0 });
    const other = await makeResident(app.db, community.id, { birthDate: "1955-03-03" });
    const priced = await lunchFor(other.id);
    expect(priced.exhaustedFunds).toEqual(["街道老年助餐补贴"]);
    expect(priced.payFen).toBe(1500);
    expect(await auditActions()).toContain("fund.budget");
    await call(app, "PATCH", `${base()}/funds/${street.id}`, { cookie: admin, body: { monthlyBudgetFen: null } });
  });
});

describe("residents' canteen flags", () => {
  it("signs a resident up for delivery and links a family member, both audited", async () => {
    const elder = await makeResident(app.db, community.id, { birthDate: "1940-01-01" });
    const son = await makeResident(app.db, community.id, { birthDate: "1970-01-01" });
    expect(
      (await call(app, "PATCH", `${base()}/residents/${elder.id}`, { cookie: cook, body: { deliveryEligible: true } }))
        .status,
    ).toBe(200);
    expect(
      (
        await call(app, "POST", `${base()}/family-links`, {
          cookie: cook,
          body: { elderId: elder.id, familyId: son.id },
        })
      ).status,
    ).toBe(201);
    const again = await call(app, "POST", `${base()}/family-links`, {
      cookie: cook,
      body: { elderId: elder.id, familyId: son.id },
    });
    expect(again.json.error.code).toBe("LINK_EXISTS");
    const listed = await call(app, "GET", `${base()}/residents`, { cookie: cook });
    expect(listed.json.residents.find((r: { id: string }) => r.id === elder.id).deliveryEligible).toBe(true);
    expect(listed.json.links).toContainEqual({ elderId: elder.id, familyId: son.id });
    expect((await call(app, "DELETE", `${base()}/family-links/${elder.id}/${son.id}`, { cookie: cook })).status).toBe(
      200,
    );
    const links = await app.db
      .select()
      .from(t.residentLinks)
      .where(and(eq(t.residentLinks.elderId, elder.id), eq(t.residentLinks.familyId, son.id)));
    expect(links).toHaveLength(0);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(["resident.delivery", "resident_link.create", "resident_link.delete"]),
    );
  });

  it("refuses a link to someone outside the community, or to oneself", async () => {
    const elder = await makeResident(app.db, community.id);
    const elsewhere = await makeCommunity(app.db);
    const stranger = await makeResident(app.db, elsewhere.id);
    const res = await call(app, "POST", `${base()}/family-links`, {
      cookie: cook,
      body: { elderId: elder.id, familyId: stranger.id },
    });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("RESIDENT_UNKNOWN");
    const self = await call(app, "POST", `${base()}/family-links`, {
      cookie: cook,
      body: { elderId: elder.id, familyId: elder.id },
    });
    expect(self.status).toBe(422);
    const flag = await call(app, "PATCH", `${base()}/residents/${stranger.id}`, {
      cookie: cook,
      body: { deliveryEligible: true },
    });
    expect(flag.status).toBe(404);
  });
});
