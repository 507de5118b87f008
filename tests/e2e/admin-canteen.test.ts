import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signIn } from "./support/admin";
import { axeViolations } from "./support/axe";
import { useAdminBrowser } from "./support/admin-browser";
import { sideApi } from "./support/side-api";

const env = useAdminBrowser({ acceptDownloads: true });
const { api, staffSession, kioskSessionFor } = sideApi(env);

async function openCanteen(page: Page, username: string, section: string) {
  await signIn(page, env.stack.baseUrl, username);
  await page.getByRole("link", { name: "食堂", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "今日食堂" }).waitFor();
  if (section !== "今日") {
    await page.getByRole("navigation", { name: "食堂栏目" }).getByRole("link", { name: section }).click();
  }
}

async function chooseResident(page: Page, name: string) {
  const label = await page.getByLabel("居民").locator("option", { hasText: name }).innerText();
  await page.getByLabel("居民").selectOption({ label });
}

describe("admin canteen pages", () => {
  it("lets canteen staff top up a resident's meal card by ¥50 once, even when the button is pressed twice", async () => {
    await openCanteen(env.page, "canteen", "饭卡");
    await chooseResident(env.page, "刘桂兰");
    const balance = env.page.getByTestId("balance");
    await balance.waitFor();
    const before = await balance.innerText();
    expect(before).toMatch(/^¥\d+\.\d{2}$/);
    const beforeFen = Number(before.replace(/[¥.]/g, ""));
    const topUps = env.page.getByRole("row").filter({ hasText: "充值" }).filter({ hasText: "¥50.00" });
    const topUpsBefore = await topUps.count();
    const form = env.page.getByRole("form", { name: "充值" });
    await form.getByLabel("充值金额（元）").fill("50");
    await form.getByRole("radio", { name: "现金" }).check();
    await form.getByRole("button", { name: "确认充值" }).dblclick();
    const after = beforeFen + 5000;
    const expected = `¥${Math.floor(after / 100)}.${String(after % 100).padStart(2, "0")}`;
    await env.page.getByRole("status").filter({ hasText: "已为 刘桂兰 充值 ¥50.00" }).waitFor();
    await expect.poll(() => balance.innerText()).toBe(expected);
    expect(await topUps.count()).toBe(topUpsBefore + 1);
  });

  it("shows an order placed at the kiosk on the Today page and marks it served (or zero counts when both sittings are closed)", async () => {
    const kiosk = await kioskSessionFor("陈淑珍");
    const today = await api("/api/kiosk/canteen/today", { headers: kiosk });
    expect(today.status).toBe(200);
    const open = today.json.diners[0].sittings.find((s: { open: boolean }) => s.open);
    const placed = await api("/api/kiosk/canteen/orders", {
      method: "POST",
      headers: kiosk,
      body: { sitting: open?.name ?? "lunch", payment: "meal_card", idempotencyKey: crypto.randomUUID() },
    });
    await openCanteen(env.page, "canteen", "今日");
    if (!open) {
      // Both cut-offs have passed on the real clock: the kiosk says so plainly and nothing is cooked.
      expect(placed.status).toBe(409);
      expect(placed.json.error.code).toBe(today.json.closed ? "CANTEEN_CLOSED" : "ORDER_CUTOFF_PASSED");
      const cards = env.page.locator(".production-card");
      await cards.first().waitFor();
      expect(await cards.count()).toBe(2);
      for (const text of await cards.allInnerTexts()) expect(text).toContain("0 份");
      return;
    }
    expect(placed.status).toBe(200);
    const sitting = open.name === "lunch" ? "午餐" : "晚餐";
    const card = env.page.getByRole("article", { name: sitting });
    await card.waitFor();
    expect(await card.innerText()).toMatch(/堂食\s*[1-9]\d* 份/);
    const serve = env.page.getByRole("button", { name: `${sitting} ${placed.json.ticketNo} 号 陈淑珍 已取餐` });
    await serve.click();
    await env.page
      .getByRole("status")
      .filter({ hasText: `${placed.json.ticketNo} 号已取餐` })
      .waitFor();
    const row = env.page
      .getByRole("row")
      .filter({ hasText: "陈淑珍" })
      .filter({ hasText: `${sitting} ${placed.json.ticketNo}` });
    await expect.poll(() => row.innerText()).toContain("已取餐");
  });

  it("shows the month's settlement totals and downloads the CSV evidence with its header", async () => {
    await openCanteen(env.page, "canteen", "补贴结算");
    await env.page.getByRole("heading", { name: "幸福食堂助餐补贴结算申报表" }).waitFor();
    const { cookie, communityId } = await staffSession();
    const month = await env.page.getByLabel("结算月份").inputValue();
    const fund = await env.page.getByLabel("补贴资金", { exact: true }).inputValue();
    expect(fund).toBe("street_elderly_meal");
    const claim = await api(`/api/communities/${communityId}/canteen/settlement?month=${month}&fund=${fund}`, {
      headers: { cookie },
    });
    expect(await env.page.getByTestId("claim-meals").innerText()).toBe(String(claim.json.meals));
    expect(await env.page.getByTestId("claim-amount").innerText()).toMatch(/^¥\d+\.\d{2}$/);
    for (const title of ["按年龄段", "按人群类别", "按日"])
      await env.page.getByRole("table", { name: title }).waitFor();
    await env.page.getByRole("img", { name: "每日补贴餐数" }).waitFor();
    expect(await env.page.getByText("经办人").count()).toBe(1);

    const [download] = await Promise.all([
      env.page.waitForEvent("download"),
      env.page.getByRole("link", { name: "下载 CSV（订单明细）" }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString("utf8")).toMatch(/^\uFEFF就餐日期,餐次,取餐号,就餐人/);

    await env.page.emulateMedia({ media: "print" });
    expect(await env.page.getByRole("navigation", { name: "主导航" }).isVisible()).toBe(false);
    expect(await env.page.getByRole("button", { name: "打印申报表" }).isVisible()).toBe(false);
    expect(await env.page.getByText("街道确认").isVisible()).toBe(true);
  });

  for (const section of ["今日", "饭卡", "补贴结算"]) {
    it(`has no axe violations on the canteen ${section} page`, async () => {
      await openCanteen(env.page, "canteen", section);
      if (section === "今日") await env.page.locator(".production-card").first().waitFor();
      if (section === "饭卡") {
        await chooseResident(env.page, "陈淑珍");
        await env.page.getByTestId("balance").waitFor();
      }
      if (section === "补贴结算") await env.page.getByTestId("claim-meals").waitFor();
      expect(await axeViolations(env.page)).toEqual([]);
    });
  }
});
