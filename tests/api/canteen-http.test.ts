import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeCanteen, makeCommunity, makeCourier, makeKiosk, makeResident, topUpCard } from "../support/factories";
import { call, type TestApp } from "../support/test-app";
import { canteenScene, orderLunch } from "../support/canteen";
import { identifyWithPass } from "../support/kiosk-sessions";
import { type Community, signedInStaff } from "../support/signed-in";

let t: TestApp;
let community: Community;
let kiosk: Awaited<ReturnType<typeof makeKiosk>>;
let admin: string;
let cook: string;
beforeAll(async () => ({ t, community, kiosk, admin, cook } = await canteenScene("2026-11-23T01:00:00Z")));
afterAll(() => t.cleanup());
beforeEach(() => t.clock.set("2026-11-23T01:00:00Z"));

const base = () => `/api/communities/${community.id}`;
const sessionFor = (kind: "resident" | "courier", id: string) =>
  identifyWithPass(t, { kiosk, cookie: admin, holder: { kind, id } });
const order = (headers: Record<string, string>, body: Record<string, unknown> = {}) => orderLunch(t, headers, body);

describe("the canteen at the kiosk", () => {
  it("shows an 80-year-old her own price and saving, takes her order and answers a retry with the same ticket", async () => {
    const her = await makeResident(t.db, community.id, { birthDate: "1946-05-15" });
    await topUpCard(t.db, community.id, her.id, 2000);
    const headers = await sessionFor("resident", her.id);
    const today = await call(t, "GET", "/api/kiosk/canteen/today", { headers });
    expect(today.status).toBe(200);
    const lunch = today.json.diners[0].sittings.find((s: { name: string }) => s.name === "lunch");
    expect(lunch.price).toMatchObject({ listPriceFen: 1500, payFen: 790, savedFen: 710 });
    expect(lunch.open).toBe(true);
    const key = crypto.randomUUID();
    const placed = await order(headers, { idempotencyKey: key });
    expect(placed.status).toBe(200);
    expect(placed.json).toMatchObject({
      payFen: 790,
      balanceFen: 1210,
      identifiedBy: "qr",
      ticketNo: expect.any(Number),
    });
    const retried = await order(headers, { idempotencyKey: key });
    expect(retried.json.id).toBe(placed.json.id);
    expect(retried.json.balanceFen).toBe(1210);
    const cancelled = await call(t, "POST", `/api/kiosk/canteen/orders/${placed.json.id}/cancel`, { headers });
    expect(cancelled.json).toMatchObject({ status: "cancelled", balanceFen: 2000 });
  });

  it("answers a low balance with a clear 409", async () => {
    const him = await makeResident(t.db, community.id, { birthDate: "1980-01-01" });
    const res = await order(await sessionFor("resident", him.id));
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe("INSUFFICIENT_BALANCE");
  });

  it("does not take orders from a courier's session", async () => {
    const courier = await makeCourier(t.db, community.id);
    const res = await order(await sessionFor("courier", courier.id));
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe("RESIDENTS_ONLY");
  });

  it("refuses an order without a live kiosk session with 401", async () => {
    const res = await call(t, "POST", "/api/kiosk/canteen/orders", {
      headers: { authorization: `Bearer ${kiosk.token}` },
      body: { sitting: "lunch", payment: "counter", idempotencyKey: "k-12345678" },
    });
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("KIOSK_SESSION_OVER");
  });
});

describe("the canteen for staff", () => {
  it("counts meals to cook and marks a ticket served", async () => {
    const diner = await makeResident(t.db, community.id);
    const placed = await order(await sessionFor("resident", diner.id), { payment: "counter" });
    const production = await call(t, "GET", `${base()}/canteen/production?date=2026-11-23`, { cookie: cook });
    expect(production.json.items.find((p: { sitting: string }) => p.sitting === "lunch").dineIn).toBeGreaterThan(0);
    const served = await call(t, "POST", `${base()}/canteen/orders/${placed.json.id}/mark`, {
      cookie: cook,
      body: { outcome: "served" },
    });
    expect(served.json.status).toBe("served");
  });

  it("lists deliveries by grid and building, and turns an unanswered door into a welfare alert", async () => {
    const elder = await makeResident(t.db, community.id, {
      deliveryEligible: true,
      address: "4栋1单元101",
      grid: "第三网格",
    });
    const placed = await order(await sessionFor("resident", elder.id), { payment: "counter", delivery: true });
    const list = await call(t, "GET", `${base()}/canteen/deliveries?date=2026-11-23`, { cookie: cook });
    const grid = list.json.items.find((g: { grid: string }) => g.grid === "第三网格");
    expect(grid.buildings[0].building).toBe("4栋");
    await call(t, "POST", `${base()}/canteen/orders/${placed.json.id}/mark`, {
      cookie: cook,
      body: { outcome: "no_answer" },
    });
    const alerts = await call(t, "GET", `${base()}/canteen/welfare-alerts`, { cookie: admin });
    const alert = alerts.json.items.find((a: { name: string }) => a.name === elder.name);
    expect(alert).toBeTruthy();
    expect(
      (
        await call(t, "POST", `${base()}/canteen/welfare-alerts/${alert.id}/resolve`, {
          cookie: admin,
          body: { note: "网格员上门，老人在家休息" },
        })
      ).status,
    ).toBe(200);
    const after = await call(t, "GET", `${base()}/canteen/welfare-alerts`, { cookie: admin });
    expect(after.json.items.find((a: { id: string }) => a.id === alert.id)).toBeUndefined();
  });

  it("records a desk top-up once however often it is sent, and refuses a correction below zero", async () => {
    const r = await makeResident(t.db, community.id);
    const entry = { amountFen: 5000, kind: "top_up", method: "cash", idempotencyKey: crypto.randomUUID() };
    const path = `${base()}/meal-cards/${r.id}/entries`;
    await Promise.all([
      call(t, "POST", path, { cookie: cook, body: entry }),
      call(t, "POST", path, { cookie: cook, body: entry }),
    ]);
    expect((await call(t, "GET", `${base()}/meal-cards/${r.id}`, { cookie: cook })).json.balanceFen).toBe(5000);
    const over = await call(t, "POST", path, {
      cookie: cook,
      body: { amountFen: -6000, kind: "correction", method: "cash", idempotencyKey: crypto.randomUUID() },
    });
    expect(over.status).toBe(409);
  });

  it("keeps the canteen's routes from a station keeper", async () => {
    const { cookie } = await signedInStaff(t, community, "station_keeper");
    expect((await call(t, "GET", `${base()}/canteen/production`, { cookie })).status).toBe(403);
  });
});

describe("the monthly settlement", () => {
  it("counts a fund's meals by bracket, group and day, leaves out cancelled orders, and exports CSV", async () => {
    const s = await makeCommunity(t.db);
    const kioskS = await makeKiosk(t.db, s);
    await makeCanteen(t.db, s);
    const { cookie } = await signedInStaff(t, s);
    const people = [
      await makeResident(t.db, s.id, { birthDate: "1946-05-15" }),
      await makeResident(t.db, s.id, { birthDate: "1960-01-01", groups: ["low_income"] }),
      await makeResident(t.db, s.id, { birthDate: "1934-01-01" }),
    ];
    const ids: string[] = [];
    for (const p of people) {
      const headers = await identifyWithPass(t, { kiosk: kioskS, cookie, holder: { kind: "resident", id: p.id } });
      ids.push((await order(headers, { payment: "counter" })).json.id);
      if (p === people[2]) await call(t, "POST", `/api/kiosk/canteen/orders/${ids.at(-1)}/cancel`, { headers });
    }
    const res = await call(
      t,
      "GET",
      `/api/communities/${s.id}/canteen/settlement?month=2026-11&fund=street_elderly_meal`,
      { cookie },
    );
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ meals: 2, amountFen: 1020 });
    expect(res.json.byBracket).toEqual([
      { key: "60_69", meals: 1, amountFen: 510 },
      { key: "80_89", meals: 1, amountFen: 510 },
    ]);
    expect(res.json.byGroup).toEqual([{ key: "low_income", meals: 1, amountFen: 510 }]);
    expect(res.json.byDay).toEqual([{ key: "2026-11-23", meals: 2, amountFen: 1020 }]);
    const csv = await t.app.request(
      `http://localhost/api/communities/${s.id}/canteen/settlement.csv?month=2026-11&fund=street_elderly_meal`,
      { headers: { cookie } },
    );
    const bytes = new Uint8Array(await csv.arrayBuffer());
    const text = new TextDecoder().decode(bytes); // decoding drops the BOM
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith("就餐日期,餐次,取餐号,就餐人,年龄,人群类别,标价（元）,补贴（元）,自付（元）,")).toBe(true);
    expect(text.trim().split("\r\n")).toHaveLength(3);
    expect(text).toContain(",5.10,");
    // Groups and rules by their Chinese names, as the street office reads them.
    expect(text).toContain(",低保,");
    expect(text).toContain(",60岁以上老人,");
    expect(text).not.toContain(people[2]!.name);
  });
});
