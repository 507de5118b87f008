import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_POLICY } from "../../api/canteen/seed-policy";
import * as schema from "../../db/schema";
import { canteenScene, orderLunch } from "../support/canteen";
import { makeCanteen, makeCommunity, makeResident, makeStudyRoom, topUpCard } from "../support/factories";
import { identifyWithPass } from "../support/kiosk-sessions";
import { type Community, signedInStaff } from "../support/signed-in";
import { call, type TestApp } from "../support/test-app";
import { DISABLED_SUBSIDY } from "../support/subsidy-rules";

const MONDAY_0900 = "2026-11-23T01:00:00Z";
let t: TestApp;
let district: string;
let home: Community;
let neighbour: Community;
let admin: string;
let districtAdmin: string;
let cook: string;

beforeAll(async () => {
  let kiosk: Awaited<ReturnType<typeof canteenScene>>["kiosk"];
  ({ t, community: home, kiosk, admin, cook } = await canteenScene(MONDAY_0900));
  district = home.districtId;
  neighbour = await makeCommunity(t.db, district);
  await makeCanteen(t.db, neighbour);
  await makeStudyRoom(t.db, home.id);
  districtAdmin = (await signedInStaff(t, { districtId: district, id: null }, "district_admin")).cookie;
  // Three diners today at home: a child, a 65-year-old and an 85-year-old; one at the neighbour's.
  for (const birthDate of ["2018-01-01", "1961-01-01", "1941-01-01"]) {
    const r = await makeResident(t.db, home.id, { birthDate });
    await topUpCard(t.db, home.id, r.id, 3000);
    const headers = await identifyWithPass(t, { kiosk, cookie: admin, holder: { kind: "resident", id: r.id } });
    const placed = await orderLunch(t, headers);
    expect(placed.status).toBe(200);
  }
});
afterAll(() => t.cleanup());

const report = (communityId: string, cookie: string, month = "2026-11") =>
  call(t, "GET", `/api/communities/${communityId}/reports/month?month=${month}`, { cookie });

/** The lines of one chart's CSV for November, as the admin downloads it (without the BOM Excel needs). */
async function chartCsv(chart: "funds" | "meals") {
  const res = await call(t, "GET", `/api/communities/${home.id}/reports/month.csv?month=2026-11&chart=${chart}`, {
    cookie: admin,
  });
  expect(res.status).toBe(200);
  return (res.json as string)
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
}

describe("the month's reports", () => {
  it("counts meals per day by bracket and each fund's use against its budget, as the settlement does", async () => {
    const res = await report(home.id, admin);
    expect(res.status).toBe(200);
    const day = res.json.days.indexOf("2026-11-23");
    const on = (bracket: string) => res.json.meals.series[res.json.meals.brackets.indexOf(bracket)][day];
    expect([on("under_12"), on("60_69"), on("80_89"), on("70_79")]).toEqual([1, 1, 1, 0]);
    expect(res.json.days).toHaveLength(30);
    for (const fund of res.json.funds.items) {
      const claim = await call(
        t,
        "GET",
        `/api/communities/${home.id}/canteen/settlement?month=2026-11&fund=${fund.code}`,
        {
          cookie: admin,
        },
      );
      expect([fund.usedFen, fund.meals], fund.code).toEqual([claim.json.amountFen, claim.json.meals]);
      expect(fund.history.at(-1)).toBe(fund.usedFen);
    }
    expect(res.json.funds.items.find((f: { code: string }) => f.code === "street_elderly_meal").usedFen).toBe(1020);
    // A study room but no station or baby room here: those charts say "none" rather than zeros.
    expect(res.json.study.ratio).toHaveLength(30);
    expect([res.json.station, res.json.baby]).toEqual([null, null]);
  });

  it("exports each chart as CSV with Chinese headers and cells that cannot run as formulas", async () => {
    await t.db.insert(schema.funds).values({
      id: crypto.randomUUID(),
      communityId: home.id,
      code: "odd",
      name: "=HYPERLINK(1)",
      monthlyBudgetFen: 100,
      createdAt: new Date(),
    });
    const lines = await chartCsv("funds");
    expect(lines[0]).toBe("资金,月度预算（元）,本月已用（元）,使用率（%）,补贴餐数");
    expect(lines).toContain("街道老年助餐补贴,20000.00,10.20,0.1,2");
    expect(lines).toContain("'=HYPERLINK(1),1.00,0.00,0.0,0");
    const mealLines = await chartCsv("meals");
    expect(mealLines[0]).toBe("日期,12岁以下,12至59岁,60至69岁,70至79岁,80至89岁,90岁及以上,合计");
    expect(mealLines).toContain("2026-11-23,1,0,1,0,1,0,3");
  });

  it("is for admins: canteen staff are refused the reports, a community admin the district", async () => {
    expect((await report(home.id, cook)).status).toBe(403);
    expect((await call(t, "GET", "/api/district/reports/month?month=2026-11", { cookie: admin })).status).toBe(403);
  });

  it("lets a district admin compare the district's communities with each one's own figures", async () => {
    const res = await call(t, "GET", "/api/district/reports/month?month=2026-11", { cookie: districtAdmin });
    expect(res.status).toBe(200);
    expect(res.json.items.map((c: { communityId: string }) => c.communityId).sort()).toEqual(
      [home.id, neighbour.id].sort(),
    );
    const mine = res.json.items.find((c: { communityId: string }) => c.communityId === home.id);
    const own = await report(home.id, districtAdmin);
    expect(mine.meals).toBe(3);
    expect(mine.subsidyFen).toBe(own.json.funds.items.reduce((s: number, f: { usedFen: number }) => s + f.usedFen, 0));
    expect(res.json.items.find((c: { communityId: string }) => c.communityId === neighbour.id).meals).toBe(0);
    // Each chart of the community's own report, as one line per community for the district's chart.
    expect(res.json.days).toEqual(own.json.days);
    expect(res.json.months).toEqual(own.json.funds.months);
    expect(mine.charts.mealsByDay).toEqual(
      own.json.days.map((_: string, i: number) =>
        own.json.meals.series.reduce((sum: number, s: number[]) => sum + (s[i] ?? 0), 0),
      ),
    );
    expect(mine.charts.subsidyByMonth.at(-1)).toBe(mine.subsidyFen);
    expect(mine.charts.studyRatio).toEqual(own.json.study?.ratio ?? null);
    expect(mine.charts.stationByHour).toEqual(own.json.station?.byHour ?? null);
    expect(mine.charts.babyByDay).toEqual(own.json.baby?.used ?? null);
    const csv = await call(t, "GET", "/api/district/reports/month.csv?month=2026-11", { cookie: districtAdmin });
    expect((csv.json as string).replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
      "社区,就餐人次,补贴金额（元）,补贴预算（元）,自习室平均使用率（%）,驿站进站人次,宝宝屋免费次数使用",
    );
  });
});

describe("previewing a policy before saving it", () => {
  it("shows who pays what by age band and group, priced by the kiosk's rules", async () => {
    const rules = {
      ...SEED_POLICY,
      subsidies: [...SEED_POLICY.subsidies, DISABLED_SUBSIDY],
    };
    const res = await call(t, "POST", `/api/communities/${home.id}/canteen/policies/preview`, {
      cookie: admin,
      body: { rules },
    });
    expect(res.status).toBe(200);
    expect(res.json.bands.map((b: { from: number; to: number | null }) => [b.from, b.to])).toEqual([
      [0, 11],
      [12, 59],
      [60, 79],
      [80, null],
    ]);
    expect(res.json.groups).toEqual(["low_income", "extreme_hardship", "disabled"]);
    const lunch = (band: number, group: string | null) =>
      res.json.bands[band].cells
        .find((c: { group: string | null }) => c.group === group)
        .sittings.find((s: { sitting: string }) => s.sitting === "lunch").payFen;
    expect([lunch(1, null), lunch(1, "disabled"), lunch(2, null), lunch(3, null), lunch(3, "disabled")]).toEqual([
      1500, 1100, 990, 790, 390,
    ]);
    const refused = await call(t, "POST", `/api/communities/${home.id}/canteen/policies/preview`, {
      cookie: admin,
      body: { rules: { ...rules, combine: { mode: "cheapest" } } },
    });
    expect(refused.status).toBe(422);
  });
});
