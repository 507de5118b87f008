import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SEED_POLICY } from "../../api/canteen/seed-policy";
import { makeCanteen, makeCommunity, makeKiosk, makeResident, topUpCard } from "../support/factories";
import { call, type TestApp } from "../support/test-app";
import { canteenScene, orderLunch } from "../support/canteen";
import { identifyWithPass } from "../support/kiosk-sessions";
import { type Community, signedInStaff } from "../support/signed-in";
import { DISABLED_SUBSIDY } from "../support/subsidy-rules";

const MONDAY_0900 = "2026-11-23T01:00:00Z"; // 09:00 in Shanghai, before the 10:00 lunch cut-off
let t: TestApp;
let community: Community;
let kiosk: Awaited<ReturnType<typeof makeKiosk>>;
let admin: string;
let cook: string;
beforeAll(async () => ({ t, community, kiosk, admin, cook } = await canteenScene(MONDAY_0900)));
afterAll(() => t.cleanup());
beforeEach(() => t.clock.set(MONDAY_0900));

const base = () => `/api/communities/${community.id}`;
const sessionFor = (id: string) => identifyWithPass(t, { kiosk, cookie: admin, holder: { kind: "resident", id } });
const order = (headers: Record<string, string>, body: Record<string, unknown> = {}) => orderLunch(t, headers, body);
const lunchOf = (day: { json: { diners: { sittings: { name: string; price: { payFen: number } }[] }[] } }) =>
  day.json.diners[0]!.sittings.find((s) => s.name === "lunch")!;
const addVersion = (effectiveFrom: string, rules: Record<string, unknown>) =>
  call(t, "POST", `${base()}/canteen/policies`, { cookie: admin, body: { effectiveFrom, rules } });

describe("subsidy rules for every group in the registry", () => {
  it("prices a disabled resident by a 残疾 rule an admin added, from the fund the rule names", async () => {
    const added = await addVersion("2026-11-23", {
      ...SEED_POLICY,
      subsidies: [...SEED_POLICY.subsidies, DISABLED_SUBSIDY],
    });
    expect(added.status).toBe(201);
    const him = await makeResident(t.db, community.id, { birthDate: "1981-03-02", groups: ["disabled"] });
    const neighbour = await makeResident(t.db, community.id, { birthDate: "1981-03-02" });
    await topUpCard(t.db, community.id, him.id, 3000);
    const headers = await sessionFor(him.id);
    expect(lunchOf(await call(t, "GET", "/api/kiosk/canteen/today", { headers })).price.payFen).toBe(1100);
    const placed = await order(headers, { expectedPayFen: 1100 });
    expect(placed.status).toBe(200);
    expect(placed.json).toMatchObject({ listPriceFen: 1500, payFen: 1100, policyVersion: added.json.version });
    expect(placed.json.subsidies).toEqual([
      expect.objectContaining({ fundCode: "civil_affairs_low_income", ruleId: "disabled", amountFen: 400 }),
    ]);
    // The same age without the group pays the list price: the rule is the group's, not the age's.
    const other = await call(t, "GET", "/api/kiosk/canteen/today", { headers: await sessionFor(neighbour.id) });
    expect(lunchOf(other).price.payFen).toBe(1500);
    const claim = await call(t, "GET", `${base()}/canteen/settlement?month=2026-11&fund=civil_affairs_low_income`, {
      cookie: cook,
    });
    expect(claim.json.byGroup).toEqual([{ key: "disabled", meals: 1, amountFen: 400 }]);
  });

  it("lets staff define a group, enrol a resident in it and subsidise it, and refuses codes nobody defined", async () => {
    const group = await call(t, "POST", `${base()}/resident-groups`, { cookie: admin, body: { name: "独居老人" } });
    expect(group.status).toBe(201);
    const groups = await call(t, "GET", `${base()}/resident-groups`, { cookie: admin });
    expect(groups.json.items.map((g: { name: string }) => g.name)).toEqual([
      "低保",
      "特困",
      "残疾",
      "优抚",
      "独居老人",
    ]);
    const dup = await call(t, "POST", `${base()}/resident-groups`, { cookie: admin, body: { name: "独居老人" } });
    expect(dup.json.error.code).toBe("NAME_TAKEN");

    const enrolled = await call(t, "POST", `${base()}/residents`, {
      cookie: admin,
      body: { name: "独居的人", birthDate: "1970-01-01", gender: "male", groups: [group.json.code] },
    });
    expect(enrolled.status).toBe(201);
    const typo = await call(t, "POST", `${base()}/residents`, {
      cookie: admin,
      body: { name: "错的人", birthDate: "1970-01-01", gender: "male", groups: ["nobody_defined_this"] },
    });
    expect([typo.status, typo.json.error.code]).toEqual([422, "UNKNOWN_GROUP"]);
    const badRule = await addVersion("2026-11-23", {
      ...SEED_POLICY,
      subsidies: [
        {
          id: "x",
          label: "x",
          fundCode: "canteen_discount",
          groups: ["nobody_defined_this"],
          offFen: { lunch: 1, dinner: 1 },
        },
      ],
    });
    expect([badRule.status, badRule.json.error.code]).toEqual([422, "UNKNOWN_GROUP"]);

    const rule = {
      id: "alone",
      label: "独居",
      fundCode: "canteen_discount",
      groups: [group.json.code],
      offFen: { lunch: 250, dinner: 0 },
    };
    expect((await addVersion("2026-11-23", { ...SEED_POLICY, subsidies: [rule] })).status).toBe(201);
    const day = await call(t, "GET", "/api/kiosk/canteen/today", { headers: await sessionFor(enrolled.json.id) });
    expect(lunchOf(day).price.payFen).toBe(1250);
  });
});

describe("ordering ahead", () => {
  it("orders tomorrow at tomorrow's policy version and today at today's, and lists tomorrow's meal for the kitchen and the round", async () => {
    const c2 = await makeCommunity(t.db);
    await makeCanteen(t.db, c2);
    const k2 = await makeKiosk(t.db, c2);
    const { cookie } = await signedInStaff(t, c2);
    const b2 = `/api/communities/${c2.id}`;
    const tomorrowRules = { ...SEED_POLICY, listPriceFen: { lunch: 1600, dinner: 1000 } };
    const v2 = await call(t, "POST", `${b2}/canteen/policies`, {
      cookie,
      body: { effectiveFrom: "2026-11-24", rules: tomorrowRules },
    });
    expect(v2.status).toBe(201);
    const her = await makeResident(t.db, c2.id, { birthDate: "1950-01-01", deliveryEligible: true, address: "2栋301" });
    await topUpCard(t.db, c2.id, her.id, 5000);
    const pass = await call(t, "POST", `${b2}/passes`, {
      cookie,
      body: { holders: [{ kind: "resident", id: her.id }] },
    });
    const identify = async () => {
      const session = await call(t, "POST", "/api/kiosk/identify", {
        body: { method: "qr", code: pass.json.passes[0].code },
        headers: { authorization: `Bearer ${k2.token}` },
      });
      return { authorization: `Bearer ${k2.token}`, "x-kiosk-session": session.json.session.token as string };
    };
    let headers = await identify();

    const today = await call(t, "GET", "/api/kiosk/canteen/today", { headers });
    expect(today.json.orderDates.map((d: { date: string }) => d.date)).toEqual([
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
    ]);
    const tomorrow = await call(t, "GET", "/api/kiosk/canteen/today?date=2026-11-24", { headers });
    expect(tomorrow.json.serviceDate).toBe("2026-11-24");
    expect(lunchOf(tomorrow).price.payFen).toBe(1600 - 510);

    // After today's cut-off, tomorrow is still open.
    t.clock.set("2026-11-23T04:00:00Z");
    headers = await identify();
    const ahead = await order(headers, { serviceDate: "2026-11-24", delivery: true, expectedPayFen: 1090 });
    expect(ahead.status).toBe(200);
    expect(ahead.json).toMatchObject({
      serviceDate: "2026-11-24",
      policyVersion: v2.json.version,
      listPriceFen: 1600,
      payFen: 1090,
    });
    const late = await order(headers, {});
    expect(late.json.error.code).toBe("ORDER_CUTOFF_PASSED");
    t.clock.set(MONDAY_0900);
    headers = await identify();
    const now = await order(headers, {});
    expect(now.json).toMatchObject({ serviceDate: "2026-11-23", policyVersion: 1, listPriceFen: 1500 });

    for (const date of ["2026-11-22", "2026-11-27"]) {
      const refused = await order(headers, { serviceDate: date });
      expect([refused.status, refused.json.error.code]).toEqual([409, "ORDER_DATE_NOT_OPEN"]);
    }
    const production = await call(t, "GET", `${b2}/canteen/production?date=2026-11-24`, { cookie });
    expect(production.json.items.find((p: { sitting: string }) => p.sitting === "lunch")).toMatchObject({
      dineIn: 0,
      delivery: 1,
    });
    const round = await call(t, "GET", `${b2}/canteen/deliveries?date=2026-11-24`, { cookie });
    expect(
      round.json.items.flatMap((g: { buildings: { orders: { orderId: string }[] }[] }) =>
        g.buildings.flatMap((b) => b.orders.map((o) => o.orderId)),
      ),
    ).toEqual([ahead.json.id]);
  });
});
