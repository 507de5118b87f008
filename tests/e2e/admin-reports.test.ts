import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../api/seed/demo";
import { signIn } from "./support/admin";
import { useAdminBrowser } from "./support/admin-browser";
import { sideApi } from "./support/side-api";
import { axeViolations } from "./support/axe";
import { widerThanContainer } from "./support/fits";
import { chartRows } from "./support/chart-rows";

// A Tuesday morning in Shanghai: lunch is still open today and tomorrow can be ordered ahead.
const env = useAdminBrowser({ acceptDownloads: true }, { LINLI_FAKE_NOW: "2026-11-24T01:00:00.000Z" });
const MONTH = "2026-11";
const { api, staffSession, kioskSessionFor } = sideApi(env);

/** Two lunches at the demo kiosk: 陈淑珍 today and tomorrow (ordered ahead), so the charts have figures. */
async function orderLunches() {
  const headers = await kioskSessionFor("陈淑珍");
  for (const serviceDate of ["2026-11-24", "2026-11-25"]) {
    const placed = await api("/api/kiosk/canteen/orders", {
      method: "POST",
      headers,
      body: { sitting: "lunch", payment: "counter", serviceDate, idempotencyKey: `reports-e2e-${serviceDate}` },
    });
    expect(placed.status).toBe(200);
  }
}

async function openReports(page: Page, username: string) {
  if (username === "district") {
    // A district admin first chooses the community to work in.
    await page.goto(`${env.stack.baseUrl}/admin/`);
    await page.getByLabel("用户名").fill(username);
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.getByRole("button", { name: "幸福里社区" }).click();
    await page.getByRole("heading", { level: 1, name: "幸福里社区" }).waitFor();
  } else await signIn(page, env.stack.baseUrl, username);
  await page.getByRole("link", { name: "报表", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "月度报表" }).waitFor();
  await page.getByLabel("月份", { exact: true }).fill(MONTH);
  await page.getByRole("button", { name: "查看", exact: true }).click();
}

/** The figures table under a chart, opened, as rows of cell texts. */
async function figures(page: Page, title: string) {
  const figure = page.getByRole("figure", { name: title });
  await figure.waitFor();
  await figure.locator("summary").click();
  const table = figure.getByTestId("chart-figures");
  await table.waitFor();
  return table
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())));
}

const yuan = (fen: number) => `¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;

describe("admin reports", () => {
  it("charts the month from the API's own figures, fits 1366 and 1440 px, and passes axe", async () => {
    await orderLunches();
    const { cookie, communityId } = await staffSession("admin");
    const report = (await api(`/api/communities/${communityId}/reports/month?month=${MONTH}`, { headers: { cookie } }))
      .json;
    await env.page.setViewportSize({ width: 1366, height: 768 });
    await openReports(env.page, "admin");

    const funds = await figures(env.page, `${MONTH} 各项资金已用与预算`);
    expect(funds).toEqual(
      report.funds.items.map((f: { name: string; usedFen: number; budgetFen: number | null }) => [
        f.name,
        yuan(f.usedFen),
        f.budgetFen === null ? "—" : yuan(f.budgetFen),
      ]),
    );
    const street = report.funds.items.find((f: { code: string }) => f.code === "street_elderly_meal");
    expect(street.usedFen).toBeGreaterThanOrEqual(1020);

    const meals = await figures(env.page, `${MONTH} 每日就餐人次（按年龄段）`);
    const day = report.days.indexOf("2026-11-25");
    const expected = report.meals.series.map((s: number[]) => String(s[day]));
    expect(meals[day]).toEqual(["11-25", ...expected]);
    expect(expected.map(Number).reduce((a: number, b: number) => a + b, 0)).toBeGreaterThanOrEqual(1);

    const hours = await figures(env.page, `${MONTH} 各时段进站人次`);
    expect(hours.map((r) => Number(r[1]))).toEqual(report.station.byHour);

    const [download] = await Promise.all([
      env.page.waitForEvent("download"),
      env.page.getByRole("link", { name: `下载 CSV：${MONTH} 各项资金已用与预算` }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString("utf8")).toMatch(/^\uFEFF资金,月度预算（元）,本月已用（元）/);

    for (const size of [
      { width: 1366, height: 768 },
      { width: 1440, height: 900 },
    ]) {
      await env.page.setViewportSize(size);
      await env.page.waitForFunction(
        (w) =>
          [...document.querySelectorAll(".chart-canvas canvas")].every((c) => c.getBoundingClientRect().width <= w),
        size.width,
      );
      expect(await widerThanContainer(env.page), `${size.width}×${size.height}`).toEqual([]);
    }
    expect(await axeViolations(env.page)).toEqual([]);
  });

  it("draws the charts under the API's own CSP, with no policy violation", async () => {
    const strict = await env.stack.browser.newContext({ locale: "zh-CN" });
    const page = await strict.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    try {
      const res = await page.goto(`${env.stack.baseUrl}/admin/`);
      expect(res?.headers()["content-security-policy"]).toContain("script-src 'self'");
      await openReports(page, "admin");
      await page.getByRole("figure", { name: `${MONTH} 各项资金已用与预算` }).waitFor();
      const drawn = await page
        .locator(".chart-canvas canvas")
        .first()
        .evaluate((c: HTMLCanvasElement) => {
          const ctx = c.getContext("2d")!;
          const { data } = ctx.getImageData(0, 0, c.width, c.height);
          return c.width > 0 && data.some((v) => v !== 0);
        });
      expect(drawn).toBe(true);
      expect(violations).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it("lets a district admin compare the district's communities with the API's figures", async () => {
    const { cookie } = await staffSession("district");
    const district = (await api(`/api/district/reports/month?month=${MONTH}`, { headers: { cookie } })).json;
    await env.page.setViewportSize({ width: 1440, height: 900 });
    await openReports(env.page, "district");
    const table = env.page.getByRole("table", { name: `${MONTH} 各社区对比` });
    await table.waitFor();
    for (const c of district.items) {
      const row = table.locator(`tr[data-community="${c.communityId}"]`);
      expect(await row.locator("th").innerText()).toBe(c.name);
      expect(await row.locator("td").nth(0).innerText()).toBe(String(c.meals));
      expect(await row.locator("td").nth(1).innerText()).toBe(yuan(c.subsidyFen));
    }
    await env.page.getByRole("figure", { name: "各社区补贴已用与预算" }).waitFor();
    // Each of the five report charts across the district: one line per community that has the facility.
    const compared = [
      ["各社区每日就餐人次", "mealsByDay"],
      ["各社区每月补贴已用（截至", "subsidyByMonth"],
      ["各社区自习室每日使用率", "studyRatio"],
      ["各社区驿站各时段进站人次", "stationByHour"],
      ["各社区宝宝屋每日免费次数使用", "babyByDay"],
    ] as const;
    for (const [title, key] of compared) {
      const withIt = district.items.filter((c: { charts: Record<string, unknown> }) => c.charts[key] !== null);
      const figure = env.page.getByRole("figure", { name: new RegExp(`^${title.replace(/[()（）]/g, ".")}`) });
      const header = figure.getByTestId("chart-figures").locator("thead th");
      await figure.waitFor();
      expect((await header.allTextContents()).slice(1)).toEqual(withIt.map((c: { name: string }) => c.name));
    }
    const meals = env.page.getByRole("figure", { name: /^各社区每日就餐人次/ });
    await meals.locator("summary").click();
    expect(await chartRows(meals, "td")).toEqual(
      district.days.map((_: string, i: number) =>
        district.items.map((c: { charts: { mealsByDay: number[] } }) => String(c.charts.mealsByDay[i])),
      ),
    );
    expect(await widerThanContainer(env.page)).toEqual([]);
    expect(await axeViolations(env.page)).toEqual([]);
  });

  it("lists a day ahead for the kitchen: the lunches ordered for it, as the API counts them", async () => {
    await orderLunches();
    const { cookie, communityId } = await staffSession("canteen");
    const api25 = (
      await api(`/api/communities/${communityId}/canteen/production?date=2026-11-25`, { headers: { cookie } })
    ).json.items.find((p: { sitting: string }) => p.sitting === "lunch");
    expect(api25.dineIn).toBeGreaterThanOrEqual(1);
    await env.page.setViewportSize({ width: 1366, height: 768 });
    await signIn(env.page, env.stack.baseUrl, "canteen");
    await env.page.getByRole("link", { name: "食堂", exact: true }).click();
    await env.page.getByRole("heading", { level: 1, name: "今日食堂" }).waitFor();
    await env.page.getByLabel("日期", { exact: true }).fill("2026-11-25");
    await env.page.getByRole("button", { name: "查看这一天" }).click();
    await env.page.getByRole("heading", { level: 2, name: "2026-11-25 的备餐" }).waitFor();
    const lunch = env.page.getByRole("article", { name: "午餐" });
    await lunch.getByText(`${api25.dineIn} 份`).first().waitFor();
    expect(await lunch.locator("dd").first().innerText()).toBe(`${api25.dineIn} 份`);
    expect(await env.page.getByRole("heading", { name: "取餐窗口" }).count()).toBe(0);
    expect(await widerThanContainer(env.page)).toEqual([]);
    expect(await axeViolations(env.page)).toEqual([]);
  });

  it("shows the settlement's days on charts from the API's claim, fitting 1366 and 1440 px", async () => {
    await orderLunches();
    const { cookie, communityId } = await staffSession("canteen");
    const claim = (
      await api(`/api/communities/${communityId}/canteen/settlement?month=${MONTH}&fund=street_elderly_meal`, {
        headers: { cookie },
      })
    ).json;
    await env.page.setViewportSize({ width: 1366, height: 768 });
    await signIn(env.page, env.stack.baseUrl, "canteen");
    await env.page.getByRole("link", { name: "食堂", exact: true }).click();
    await env.page.getByRole("navigation", { name: "食堂栏目" }).getByRole("link", { name: "补贴结算" }).click();
    await env.page.getByTestId("claim-meals").waitFor();
    const days = await figures(env.page, "每日补贴餐数");
    for (const d of claim.byDay as { key: string; meals: number }[])
      expect(days.find((r) => r[0] === d.key.slice(5))?.[1], d.key).toBe(String(d.meals));
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1440, height: 900 },
    ]) {
      await env.page.setViewportSize(size);
      expect(await widerThanContainer(env.page), `${size.width}×${size.height}`).toEqual([]);
    }
    expect(await axeViolations(env.page)).toEqual([]);
  });
});
