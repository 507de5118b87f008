import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { orderMeal, type OrderMealInput } from "../../api/canteen/order-meal";
import { raisedCode } from "../../api/shared/db-errors";
import * as t from "../../db/schema";
import { lunchInput } from "../support/canteen";
import { makeCanteen, makeCommunity, makeKiosk, makeResident, topUpCard } from "../support/factories";
import { identifyWithPass } from "../support/kiosk-sessions";
import { signedInStaff } from "../support/signed-in";
import { call, createTestApp, signInAs, type TestApp } from "../support/test-app";

// 30 January 2027, 09:00 in Shanghai: lunch on the 30th is still open, and 1 February is two days ahead.
const JAN_30 = "2027-01-30T01:00:00Z";
let app: TestApp;
beforeAll(async () => (app = await createTestApp(JAN_30)));
afterAll(() => app.cleanup());
beforeEach(() => app.clock.set(JAN_30));

const deps = () => ({ db: app.db, clock: app.clock, config: app.config });
const seventySix = "1950-06-01"; // the street fund pays 510 of her lunch
/** Her own lunch at the counter, identified by her pass. */
const order = (communityId: string, residentId: string, extra: Partial<OrderMealInput> = {}) =>
  lunchInput(communityId, residentId, { payment: "counter", identifiedBy: "qr", ...extra });

async function setup() {
  const community = await makeCommunity(app.db);
  const { funds } = await makeCanteen(app.db, community);
  const street = funds.find((f) => f.code === "street_elderly_meal")!; // default 2,000,000 a month
  const { cookie } = await signedInStaff(app, community);
  const setBudget = (month: string, budgetFen: number | null, fundId = street.id, who = cookie) =>
    call(app, "PUT", `/api/communities/${community.id}/canteen/funds/${fundId}/budgets/${month}`, {
      cookie: who,
      body: { budgetFen },
    });
  return { community, street, cookie, setBudget };
}

const usedIn = async (fundId: string, month: string) => {
  const [row] = await app.db.all<{ total: number }>(
    sql`SELECT coalesce(sum(amount_fen), 0) AS total FROM order_subsidies WHERE fund_id = ${fundId} AND month = ${month}`,
  );
  return Number(row!.total);
};

describe("fund budgets per month", () => {
  it("subsidises a lunch that fits January's budget and leaves the fund out in February, whose budget is smaller", async () => {
    const { community, street, setBudget } = await setup();
    expect((await setBudget("2027-01", 1020)).status).toBe(200);
    expect((await setBudget("2027-02", 500)).json).toMatchObject({ month: "2027-02", budgetFen: 500, ownBudget: true });
    const jan = await orderMeal(
      deps(),
      order(community.id, (await makeResident(app.db, community.id, { birthDate: seventySix })).id),
    );
    expect(jan.subsidies.map((s) => [s.fundCode, s.amountFen])).toEqual([["street_elderly_meal", 510]]);
    const feb = await orderMeal(
      deps(),
      order(community.id, (await makeResident(app.db, community.id, { birthDate: seventySix })).id, {
        serviceDate: "2027-02-01",
      }),
    );
    expect(feb).toMatchObject({ payFen: 1500, exhaustedFunds: ["街道老年助餐补贴"] });

    // The database's own check reads the month's budget: 510 more fits January (1020) but not February (500).
    const more = (month: string) =>
      app.db.run(
        sql`INSERT INTO order_subsidies (order_id, fund_id, rule_id, amount_fen, month) VALUES (${jan.id}, ${street.id}, 'test', 510, ${month})`,
      );
    const refused = await more("2027-02").catch((err: unknown) => err);
    expect(raisedCode(refused, ["FUND_EXHAUSTED"])).toBe("FUND_EXHAUSTED");
    await more("2027-01");
    expect(await usedIn(street.id, "2027-01")).toBe(1020);
    expect(await usedIn(street.id, "2027-02")).toBe(0);
  });

  it("never spends past February's budget when twenty elders order at its edge at once", async () => {
    const { community, street, setBudget } = await setup();
    await setBudget("2027-02", 510 * 3);
    const elders = await Promise.all(
      Array.from({ length: 20 }, () => makeResident(app.db, community.id, { birthDate: seventySix })),
    );
    const results = await Promise.allSettled(
      elders.map((e) => orderMeal(deps(), order(community.id, e.id, { serviceDate: "2027-02-01" }))),
    );
    expect(await usedIn(street.id, "2027-02")).toBe(510 * 3);
    const placed = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(placed.filter((o) => o.payFen === 990)).toHaveLength(3);
    const refused = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as { code: string }).code] : []));
    expect(refused.every((c) => c === "FUND_EXHAUSTED")).toBe(true);
  });

  it("prices a kiosk order by this month's budget set after the day was cached", async () => {
    const { community, setBudget, cookie } = await setup();
    const kiosk = await makeKiosk(app.db, community);
    const her = await makeResident(app.db, community.id, { birthDate: seventySix });
    await topUpCard(app.db, community.id, her.id, 5000);
    const headers = await identifyWithPass(app, { kiosk, cookie, holder: { kind: "resident", id: her.id } });
    const today = await call(app, "GET", "/api/kiosk/canteen/today", { headers });
    expect(today.json.diners[0].sittings.find((s: { name: string }) => s.name === "lunch").price.payFen).toBe(990);
    await setBudget("2027-01", 0);
    const placed = await call(app, "POST", "/api/kiosk/canteen/orders", {
      headers,
      body: { sitting: "lunch", payment: "meal_card", idempotencyKey: crypto.randomUUID() },
    });
    expect(placed.status).toBe(200);
    expect(placed.json).toMatchObject({ payFen: 1500 });
  });
});

describe("setting a month's budget", () => {
  it("is validated, for admins only, on this month or later, and audited", async () => {
    const { community, street, setBudget } = await setup();
    for (const [month, budgetFen] of [
      ["2027-13", 100],
      ["2027-02", -1],
      ["2027-02", 1.5],
    ] as const)
      expect((await setBudget(month, budgetFen)).status).toBe(422);
    const past = await setBudget("2026-12", 100);
    expect([past.status, past.json.error.code]).toEqual([422, "DATE_IN_PAST"]);
    const cook = await signedInStaff(app, community, "canteen_staff");
    expect((await setBudget("2027-02", 100, street.id, cook.cookie)).status).toBe(403);

    expect((await setBudget("2027-03", 300_000)).status).toBe(200);
    expect((await setBudget("2027-03", 250_000)).status).toBe(200);
    const audit = await app.db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.communityId, community.id), eq(t.auditLog.action, "fund.month_budget")));
    expect(audit.map((a) => [a.before, a.after])).toEqual([
      [{ budgetFen: null }, { fundId: street.id, month: "2027-03", budgetFen: 300_000 }],
      [{ budgetFen: 300_000 }, { fundId: street.id, month: "2027-03", budgetFen: 250_000 }],
    ]);

    const funds = await call(app, "GET", `/api/communities/${community.id}/canteen/funds`, {
      cookie: (await setup()).cookie,
    });
    expect(funds.status).toBe(403); // another community's admin
    const mine = await call(app, "GET", `/api/communities/${community.id}/canteen/funds`, {
      cookie: await signInAs(app, cook.username, cook.password),
    });
    const row = mine.json.items.find((f: { id: string }) => f.id === street.id);
    expect(mine.json.months).toHaveLength(12);
    expect(row.byMonth.find((m: { month: string }) => m.month === "2027-03")).toMatchObject({
      budgetFen: 250_000,
      ownBudget: true,
    });
    expect(row.byMonth.find((m: { month: string }) => m.month === "2027-04")).toMatchObject({
      budgetFen: 2_000_000,
      ownBudget: false,
    });

    // Cleared, the month follows the fund's default again.
    expect((await setBudget("2027-03", null)).json).toMatchObject({ budgetFen: 2_000_000, ownBudget: false });
  });

  it("records each of six budgets set at once with the budget it replaced, one chain from none to the last", async () => {
    const { community, street, setBudget } = await setup();
    const values = [100_000, 200_000, 300_000, 400_000, 500_000, 600_000];
    expect((await Promise.all(values.map((v) => setBudget("2027-04", v)))).map((r) => r.status)).toEqual(
      values.map(() => 200),
    );
    const audit = await app.db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.communityId, community.id), eq(t.auditLog.action, "fund.month_budget")));
    const after = new Map(audit.map((a) => [(a.before as { budgetFen: number | null }).budgetFen, a]));
    expect(after.size).toBe(values.length); // no two entries replaced the same budget
    let budget: number | null = null;
    for (let i = 0; i < values.length; i++) budget = (after.get(budget)!.after as { budgetFen: number }).budgetFen;
    const [row] = await app.db
      .select()
      .from(t.fundBudgets)
      .where(and(eq(t.fundBudgets.fundId, street.id), eq(t.fundBudgets.month, "2027-04")));
    expect(row!.budgetFen).toBe(budget);
  });

  it("acts only on a fund of the path's community", async () => {
    const mine = await setup();
    const theirs = await setup();
    const res = await mine.setBudget("2027-02", 100, theirs.street.id);
    expect(res.status).toBe(404);
    const rows = await app.db.select().from(t.fundBudgets).where(eq(t.fundBudgets.fundId, theirs.street.id));
    expect(rows).toEqual([]);
  });
});
