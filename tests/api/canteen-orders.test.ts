import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cancelOrder } from "../../api/canteen/cancel-order";
import { orderMeal, type OrderMealInput } from "../../api/canteen/order-meal";
import { SEED_POLICY } from "../../api/canteen/seed-policy";
import * as t from "../../db/schema";
import { cardBalance, lunchInput } from "../support/canteen";
import { makeCanteen, makeCommunity, makeResident, topUpCard } from "../support/factories";
import { createTestApp, type TestApp } from "../support/test-app";

let app: TestApp;
beforeAll(async () => (app = await createTestApp("2026-11-23T01:00:00Z"))); // 09:00 in Shanghai, before the 10:00 cut-off
afterAll(() => app.cleanup());
beforeEach(() => app.clock.set("2026-11-23T01:00:00Z"));

const deps = () => ({ db: app.db, clock: app.clock, config: app.config });
const eighty = "1946-05-15";
/** Her own lunch by meal card, identified by her pass. */
const order = (communityId: string, residentId: string, extra: Partial<OrderMealInput> = {}) =>
  lunchInput(communityId, residentId, { identifiedBy: "qr", ...extra });
const settle = <T>(ps: Promise<T>[]) => Promise.allSettled(ps);
const codes = (rs: PromiseSettledResult<unknown>[]) =>
  rs.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code);
const ledger = (residentId: string) => cardBalance(app, residentId);
async function setup(opts: Parameters<typeof makeCanteen>[2] = {}) {
  const community = await makeCommunity(app.db);
  const canteen = await makeCanteen(app.db, community, opts);
  return { community, ...canteen };
}

describe("ordering a meal", () => {
  it("prices an 80-year-old's lunch with both funds' shares and pays from her card", async () => {
    const { community } = await setup();
    const her = await makeResident(app.db, community.id, { birthDate: eighty });
    await topUpCard(app.db, community.id, her.id, 2000);
    const placed = await orderMeal(deps(), order(community.id, her.id));
    expect(placed).toMatchObject({
      listPriceFen: 1500,
      payFen: 790,
      savedFen: 710,
      ticketNo: 1,
      policyVersion: 1,
      subsidised: true,
      balanceFen: 1210,
    });
    expect(placed.subsidies.map((s) => [s.fundCode, s.amountFen])).toEqual([
      ["street_elderly_meal", 510],
      ["civil_affairs_elderly", 200],
    ]);
    expect(await ledger(her.id)).toBe(placed.balanceFen);
  });

  it("books exactly 10 when 100 people order the last 10 meals at once", async () => {
    const { community } = await setup({ lunchCapacity: 10 });
    const people = await Promise.all(Array.from({ length: 100 }, () => makeResident(app.db, community.id)));
    const results = await settle(
      people.map((p) => orderMeal(deps(), order(community.id, p.id, { payment: "counter" }))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    expect(new Set(codes(results))).toEqual(new Set(["FULL"]));
    const tickets = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.ticketNo] : [])).sort((a, b) => a - b);
    expect(tickets).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("pays exactly 6 of 100 simultaneous orders against a card that covers 6, and never goes below zero", async () => {
    const { community } = await setup();
    const him = await makeResident(app.db, community.id, { birthDate: "1980-01-01" }); // list price 1500
    await topUpCard(app.db, community.id, him.id, 6 * 1500 + 100);
    const results = await settle(Array.from({ length: 100 }, () => orderMeal(deps(), order(community.id, him.id))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(6);
    expect(new Set(codes(results))).toEqual(new Set(["INSUFFICIENT_BALANCE"]));
    expect(await ledger(him.id)).toBe(100);
    const orders = await app.db.select().from(t.mealOrders).where(eq(t.mealOrders.residentId, him.id));
    expect(orders).toHaveLength(6);
  });

  it("subsidises only the first meal a person takes at a sitting, even when both are ordered at once", async () => {
    const { community } = await setup();
    const her = await makeResident(app.db, community.id, { birthDate: eighty });
    await topUpCard(app.db, community.id, her.id, 5000);
    const [a, b] = await Promise.all([
      orderMeal(deps(), order(community.id, her.id)),
      orderMeal(deps(), order(community.id, her.id)),
    ]);
    expect([a.payFen, b.payFen].sort()).toEqual([1500, 790]);
    expect(await ledger(her.id)).toBe(5000 - 1500 - 790);
  });

  it("charges once and answers with the first order when one request is retried 50 times", async () => {
    const { community } = await setup();
    const her = await makeResident(app.db, community.id, { birthDate: eighty });
    await topUpCard(app.db, community.id, her.id, 5000);
    const input = order(community.id, her.id);
    const results = await Promise.all(Array.from({ length: 50 }, () => orderMeal(deps(), input)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await ledger(her.id)).toBe(5000 - 790);
  });

  it("prices without a fund once its monthly budget is spent, and never lets it go below zero", async () => {
    const { community, funds } = await setup({ budgets: { street_elderly_meal: 510 * 5 } });
    const elders = await Promise.all(
      Array.from({ length: 20 }, () => makeResident(app.db, community.id, { birthDate: "1950-01-01" })),
    );
    const results = await settle(
      elders.map((e) => orderMeal(deps(), order(community.id, e.id, { payment: "counter" }))),
    );
    const street = funds.find((f) => f.code === "street_elderly_meal")!;
    const [used] = await app.db.all<{ total: number }>(
      sql`SELECT coalesce(sum(amount_fen), 0) AS total FROM order_subsidies WHERE fund_id = ${street.id}`,
    );
    expect(Number(used!.total)).toBeLessThanOrEqual(510 * 5);
    const placed = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(placed.filter((o) => o.payFen === 990)).toHaveLength(5);
    expect(
      placed
        .filter((o) => o.payFen === 1500)
        .every((o) => o.exhaustedFunds.includes("街道老年助餐补贴") || o.subsidies.length === 0),
    ).toBe(true);
    expect(codes(results).every((c) => c === "FUND_EXHAUSTED")).toBe(true);
    const later = await orderMeal(
      deps(),
      order(community.id, (await makeResident(app.db, community.id, { birthDate: "1950-01-01" })).id, {
        payment: "counter",
      }),
    );
    expect(later).toMatchObject({ payFen: 1500, exhaustedFunds: ["街道老年助餐补贴"] });
  });

  it("charges nothing when the price changed since the screen showed it", async () => {
    const { community } = await setup({ budgets: { street_elderly_meal: 0 } });
    const her = await makeResident(app.db, community.id, { birthDate: "1950-01-01" });
    await topUpCard(app.db, community.id, her.id, 5000);
    await expect(orderMeal(deps(), order(community.id, her.id, { expectedPayFen: 990 }))).rejects.toMatchObject({
      code: "PRICE_CHANGED",
    });
    expect(await ledger(her.id)).toBe(5000);
    expect((await orderMeal(deps(), order(community.id, her.id, { expectedPayFen: 1500 }))).payFen).toBe(1500);
  });

  it("refuses orders after the sitting's cut-off", async () => {
    const { community } = await setup();
    const her = await makeResident(app.db, community.id);
    app.clock.set("2026-11-23T02:00:00Z"); // 10:00 in Shanghai
    await expect(orderMeal(deps(), order(community.id, her.id, { payment: "counter" }))).rejects.toMatchObject({
      code: "ORDER_CUTOFF_PASSED",
    });
  });

  it("delivers only to residents staff have signed up, with their address and grid", async () => {
    const { community } = await setup();
    const walker = await makeResident(app.db, community.id);
    await expect(
      orderMeal(deps(), order(community.id, walker.id, { delivery: true, payment: "counter" })),
    ).rejects.toMatchObject({ code: "DELIVERY_NOT_ELIGIBLE" });
    const housebound = await makeResident(app.db, community.id, {
      deliveryEligible: true,
      address: "4栋1单元101",
      grid: "第三网格",
    });
    const placed = await orderMeal(deps(), order(community.id, housebound.id, { delivery: true, payment: "counter" }));
    const [row] = await app.db.select().from(t.mealOrders).where(eq(t.mealOrders.id, placed.id));
    expect(row).toMatchObject({ delivery: true, deliveryAddress: "4栋1单元101", deliveryGrid: "第三网格" });
  });

  it("lets a linked family member order for an elder, and nobody else", async () => {
    const { community } = await setup();
    const [elder, son, stranger] = await Promise.all([
      makeResident(app.db, community.id, { birthDate: eighty }),
      makeResident(app.db, community.id),
      makeResident(app.db, community.id),
    ]);
    await app.db.insert(t.residentLinks).values({ elderId: elder.id, familyId: son.id, createdAt: new Date() });
    await expect(
      orderMeal(deps(), order(community.id, elder.id, { orderedById: stranger.id, payment: "counter" })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const placed = await orderMeal(deps(), order(community.id, elder.id, { orderedById: son.id, payment: "counter" }));
    expect(placed).toMatchObject({ residentId: elder.id, orderedById: son.id, payFen: 790 });
  });
});

describe("cancelling and policy changes", () => {
  it("refunds once before the cut-off and gives the place and the subsidy back", async () => {
    const { community } = await setup({ lunchCapacity: 1 });
    const her = await makeResident(app.db, community.id, { birthDate: eighty });
    await topUpCard(app.db, community.id, her.id, 1000);
    const placed = await orderMeal(deps(), order(community.id, her.id));
    const results = await settle([
      cancelOrder(deps(), { communityId: community.id, orderId: placed.id, actorResidentId: her.id }),
      cancelOrder(deps(), { communityId: community.id, orderId: placed.id, actorResidentId: her.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    expect(await ledger(her.id)).toBe(1000);
    const again = await orderMeal(deps(), order(community.id, her.id));
    expect(again.payFen).toBe(790);
  });

  it("refuses cancellation after the cut-off", async () => {
    const { community } = await setup();
    const her = await makeResident(app.db, community.id);
    const placed = await orderMeal(deps(), order(community.id, her.id, { payment: "counter" }));
    app.clock.set("2026-11-23T02:30:00Z");
    await expect(
      cancelOrder(deps(), { communityId: community.id, orderId: placed.id, actorResidentId: her.id }),
    ).rejects.toMatchObject({
      code: "CANCEL_CUTOFF_PASSED",
    });
  });

  it("never changes a past order when a new policy version takes effect", async () => {
    const { community } = await setup();
    const her = await makeResident(app.db, community.id, { birthDate: eighty });
    const first = await orderMeal(deps(), order(community.id, her.id, { payment: "counter" }));
    await app.db.insert(t.pricingPolicies).values({
      id: crypto.randomUUID(),
      communityId: community.id,
      version: 2,
      effectiveFrom: "2026-11-24",
      rules: { ...SEED_POLICY, listPriceFen: { lunch: 1800, dinner: 1200 } },
      createdAt: new Date(),
    });
    app.clock.set("2026-11-24T01:00:00Z");
    const next = await orderMeal(deps(), order(community.id, her.id, { payment: "counter" }));
    expect(next).toMatchObject({ policyVersion: 2, listPriceFen: 1800, payFen: 1090 });
    const [past] = await app.db.select().from(t.mealOrders).where(eq(t.mealOrders.id, first.id));
    expect(past).toMatchObject({ policyVersion: 1, listPriceFen: 1500, payFen: 790 });
    await expect(app.db.update(t.mealOrders).set({ payFen: 1 }).where(eq(t.mealOrders.id, first.id))).rejects.toThrow();
  });

  it("keeps the claim tally equal to the live orders' subsidies through orders and cancellations", async () => {
    const { community } = await setup();
    const people = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        makeResident(app.db, community.id, {
          birthDate: i % 2 ? eighty : "1958-03-01",
          groups: i % 3 ? [] : ["low_income"],
        }),
      ),
    );
    const placed = await Promise.all(
      people.map((p) => orderMeal(deps(), order(community.id, p.id, { payment: "counter" }))),
    );
    await Promise.all(
      placed
        .slice(0, 4)
        .map((o) => cancelOrder(deps(), { communityId: community.id, orderId: o.id, actorResidentId: o.residentId })),
    );
    const tally = await app.db.all<{ fund_id: string; meals: number; amount: number }>(sql`
      SELECT t.fund_id, sum(t.meals) AS meals, sum(t.amount_fen) AS amount FROM fund_claim_tally t JOIN funds f ON f.id = t.fund_id
      WHERE f.community_id = ${community.id} GROUP BY t.fund_id ORDER BY t.fund_id`);
    const truth = await app.db.all<{ fund_id: string; meals: number; amount: number }>(sql`
      SELECT s.fund_id, count(DISTINCT s.order_id) AS meals, sum(s.amount_fen) AS amount FROM order_subsidies s JOIN meal_orders o ON o.id = s.order_id
      WHERE o.community_id = ${community.id} AND o.status <> 'cancelled' GROUP BY s.fund_id ORDER BY s.fund_id`);
    expect(tally.map((r) => [r.fund_id, Number(r.meals), Number(r.amount)])).toEqual(
      truth.map((r) => [r.fund_id, Number(r.meals), Number(r.amount)]),
    );
    expect(truth.length).toBeGreaterThan(1);
  });

  it("keeps the ledger append-only", async () => {
    const { community } = await setup();
    const her = await makeResident(app.db, community.id);
    await topUpCard(app.db, community.id, her.id, 500);
    await expect(
      app.db.update(t.mealCardEntries).set({ amountFen: 99999 }).where(eq(t.mealCardEntries.residentId, her.id)),
    ).rejects.toThrow();
    await expect(app.db.delete(t.mealCardEntries).where(eq(t.mealCardEntries.residentId, her.id))).rejects.toThrow();
  });
});
