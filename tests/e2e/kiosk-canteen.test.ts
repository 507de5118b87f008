import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KIOSK_TOKEN, DEMO_PASSWORD } from "../../api/seed/demo";
import { launchChromium } from "./identify/support/launch-chromium";
import { axeViolations } from "./support/axe";
import { fakeCameraArgs, writeQrVideo } from "./support/fake-camera";
import { type StaffApi, stackWithAdmin, kioskCallingStaff } from "./support/flow-staff-api";
import { typeLikeUsbScanner } from "./support/flow-usb-scanner";
import {
  expectBigTargets,
  fenFrom,
  loseFirstAnswer,
  openKiosk,
  printed,
  setFundBudget,
  spoken,
  tapDoneAndCheckGone,
  tapUntil,
  yuan,
} from "./support/kiosk-canteen-helpers";
import type { Stack } from "./support/stack";

// Screenshots and the fake-camera file; kept after the run so a person can look at them.
const OUT = join(tmpdir(), "linli-kiosk-canteen");
// 09:30 in Shanghai: lunch (cut-off 10:00) and dinner (16:00) both still take orders.
const MORNING = "2026-11-23T01:30:00Z";
// 22:00 in Shanghai: every order for the day has closed.
const NIGHT = "2026-11-23T14:00:00Z";

const greeting = (page: Page, name: string) => page.getByRole("heading", { name: `${name}，您好！` });
const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
const card = (page: Page, sitting: "lunch" | "dinner") => page.locator(`.canteen-sitting[data-sitting=${sitting}]`);

describe("ordering a meal at the canteen kiosk at 09:30", () => {
  let stack: Stack;
  let staff: StaffApi;
  let camera: Browser | undefined;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    ({ stack, staff } = await stackWithAdmin({ LINLI_FAKE_NOW: MORNING }));
  });
  afterAll(async () => {
    await camera?.close();
    await stack?.stop();
  });

  /** A pass typed by the kiosk's USB scanner, on a kiosk of the test's own. */
  async function identifiedByScanner(name: string, kioskName: string) {
    const code = await staff.issuePass(staff.resident(name));
    const kiosk = await staff.pairedKiosk(kioskName);
    const page = await openKiosk(stack.browser, stack.baseUrl, kiosk.token);
    await typeLikeUsbScanner(page, code);
    await greeting(page, name).waitFor();
    return page;
  }

  it("lets an 80-year-old who scans her printed pass order lunch in three taps at her subsidised price, paid by meal card, with a spoken, printable ticket", async () => {
    const person = staff.resident("陈淑珍");
    const video = join(OUT, "pass-chen.y4m");
    writeQrVideo(video, await staff.issuePass(person));
    camera = await launchChromium(fakeCameraArgs(video));
    const page = await openKiosk(camera, stack.baseUrl, DEMO_KIOSK_TOKEN);
    await page.getByRole("link", { name: /扫码/ }).click();
    await greeting(page, person.name).waitFor({ timeout: 20_000 });
    await shot(page, "a-session");
    await expectBigTargets(page);

    // Tap 1: 点餐.
    await tapUntil(page, "a.session-order-meal", ".canteen-sitting");
    const lunch = card(page, "lunch");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("今天吃什么");
    expect(await page.locator(".canteen-balance").innerText()).toBe("饭卡余额 ¥200.00");
    expect(await lunch.locator(".sitting-pay").innerText()).toBe("¥7.90");
    expect(await lunch.locator(".sitting-saved").innerText()).toBe("您省了 ¥7.10");
    expect(await lunch.locator(".sitting-list").innerText()).toBe("原价 ¥15.00");
    expect(await lunch.innerText()).toContain("红烧鸡块");
    expect(await lunch.innerText()).toMatch(/还剩 \d+ 份，10:00 前可点/);
    expect((await spoken(page)).at(-1)?.text).toContain("午餐，您付7.90元");
    await shot(page, "b-menu");
    expect(await axeViolations(page)).toEqual([]);
    await expectBigTargets(page);

    // Tap 2: the lunch card. She may have it delivered; eating in is already chosen.
    await lunch.click();
    await page.getByRole("heading", { name: /午餐\s*¥7\.90/ }).waitFor();
    expect(await page.getByRole("button", { name: /堂食/ }).getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByRole("button", { name: /送餐上门/ }).getAttribute("aria-pressed")).toBe("false");
    await shot(page, "c-confirm");
    expect(await axeViolations(page)).toEqual([]);
    await expectBigTargets(page);

    // Tap 3: pay by meal card.
    expect(await page.locator(".confirm-card").innerText()).toBe("用饭卡支付 ¥7.90");
    await tapUntil(page, ".confirm-card", ".ticket-no");
    const ticketNo = Number(await page.locator(".ticket-no").innerText());
    expect(ticketNo).toBeGreaterThan(0);
    expect(await page.locator(".ticket-number").innerText()).toMatch(new RegExp(`取餐号\\s*${ticketNo}`));
    expect(await page.locator(".ticket-paid").innerText()).toBe("已用饭卡支付 ¥7.90");
    expect(await page.locator(".ticket-saved").innerText()).toBe("您省了 ¥7.10");
    expect(await page.locator(".ticket-balance").innerText()).toBe("饭卡余额 ¥192.10");
    await expect
      .poll(async () => (await spoken(page)).at(-1))
      .toEqual({ text: `点好了。取餐号 ${ticketNo} 号。饭卡余额 192.10 元。`, lang: "zh-CN" });
    await shot(page, "d-ticket");
    expect(await axeViolations(page)).toEqual([]);
    await expectBigTargets(page);

    await page.getByRole("button", { name: "打印小票" }).click();
    expect(await printed(page)).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".ticket-slip").isVisible()).toBe(true);
    for (const other of [".kiosk-header", ".staff-call-bar", ".canteen-nav", ".canteen-ticket h1"]) {
      expect(await page.locator(other).isVisible(), other).toBe(false);
    }
    await page.screenshot({ path: join(OUT, "e-ticket-print.png") });
    await page.emulateMedia({ media: "screen" });

    await tapDoneAndCheckGone(page, person.name, "¥192.10", "取餐号");
  }, 90_000);

  it("answers a retry after a lost answer with the same ticket and charges the card once, even when the retry is a double tap", async () => {
    const page = await identifiedByScanner("杨德福", "重试测试机");
    const keys = await loseFirstAnswer(page, "**/api/kiosk/canteen/orders");
    await page.getByRole("link", { name: "点餐" }).click();
    const balanceBefore = fenFrom(await page.locator(".canteen-balance").innerText());
    await card(page, "dinner").click();
    await page.getByRole("button", { name: /送餐上门/ }).click();
    const price = fenFrom(await page.getByRole("heading", { level: 1 }).innerText());
    await page.locator(".confirm-card").click();
    await page.getByRole("alert").filter({ hasText: "网络连接失败" }).waitFor();
    await shot(page, "f-lost-answer");
    await page.locator(".confirm-card").dblclick();
    await page.locator(".ticket-no").waitFor();

    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
    expect(await page.locator(".ticket-how").innerText()).toContain("送餐上门");
    expect(await page.locator(".ticket-balance").innerText()).toBe(`饭卡余额 ${yuan(balanceBefore - price)}`);
    const ticketNo = await page.locator(".ticket-no").innerText();
    await tapDoneAndCheckGone(page, "杨德福");

    // Coming back later, the dinner shows as ordered once, with the same number.
    await page.unroute("**/api/kiosk/canteen/orders");
    const code = await staff.issuePass(staff.resident("杨德福"));
    await typeLikeUsbScanner(page, code);
    await page.getByRole("link", { name: "点餐" }).click();
    expect(await card(page, "dinner").locator(".sitting-ticket").innerText()).toBe(`已订好送餐上门，单号 ${ticketNo}`);
    expect(await page.locator(".canteen-balance").innerText()).toBe(`饭卡余额 ${yuan(balanceBefore - price)}`);
  }, 60_000);

  it("shows an ordered meal's ticket with a cancel button before the cut-off, and refunds the card on cancelling", async () => {
    const page = await identifiedByScanner("刘桂兰", "取消测试机");
    await page.getByRole("link", { name: "点餐" }).click();
    await card(page, "lunch").click();
    await page.locator(".confirm-card").click();
    await page.locator(".ticket-no").waitFor();
    const ticketNo = await page.locator(".ticket-no").innerText();
    await tapDoneAndCheckGone(page, "刘桂兰");

    await typeLikeUsbScanner(page, await staff.issuePass(staff.resident("刘桂兰")));
    await page.getByRole("link", { name: "点餐" }).click();
    const lunch = card(page, "lunch");
    expect(await lunch.locator(".sitting-ticket").innerText()).toBe(`已订好，取餐号 ${ticketNo}`);
    expect(await page.locator(".canteen-balance").innerText()).toBe("饭卡余额 ¥43.10");
    await lunch.getByRole("button", { name: "取消这一餐" }).click();
    expect(await lunch.innerText()).toContain("确定要取消午餐吗？用饭卡付的钱会全部退回。");
    await shot(page, "g-cancel-ask");
    await expectBigTargets(page);
    await lunch.getByRole("button", { name: "确定取消" }).click();
    await page.getByRole("status").filter({ hasText: "午餐已取消，¥6.90 已退回饭卡，余额 ¥50.00。" }).waitFor();
    expect(await page.locator(".canteen-balance").innerText()).toBe("饭卡余额 ¥50.00");
    expect(await card(page, "lunch").locator(".sitting-pay").innerText()).toBe("¥6.90");
    expect((await spoken(page)).at(-1)?.text).toContain("已退回饭卡");
    await tapDoneAndCheckGone(page, "刘桂兰", "¥50.00");
  }, 60_000);

  it("asks a family member whom the meal is for, prices each diner by their own age, and takes the elder's order paid at the counter", async () => {
    const page = await identifiedByScanner("李建国", "家属测试机");
    await page.getByRole("link", { name: "点餐" }).click();
    await page.getByRole("heading", { name: "为谁点餐？" }).waitFor();
    expect(await page.locator(".canteen-diner").allInnerTexts()).toEqual(["我自己（李建国）", "陈淑珍"]);
    await expectBigTargets(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "陈淑珍" }).click();
    await page.getByRole("heading", { name: "给陈淑珍点餐" }).waitFor();
    expect(await card(page, "dinner").locator(".sitting-pay").innerText()).toBe("¥4.90");
    expect(await card(page, "dinner").locator(".sitting-saved").innerText()).toBe("您省了 ¥5.10");
    await card(page, "dinner").click();
    await page.getByRole("button", { name: "到窗口付款" }).click();
    await page.locator(".ticket-no").waitFor();
    expect(await page.locator(".ticket-for").innerText()).toContain("陈淑珍 · 晚餐");
    expect(await page.locator(".ticket-paid").innerText()).toBe("请到窗口付款 ¥4.90");
    expect(await page.locator(".ticket-balance").count()).toBe(0);
    await shot(page, "h-family-ticket");

    // Himself, at 59: the list price and no saving.
    await page.getByRole("button", { name: "继续点餐" }).click();
    await page.getByRole("button", { name: "我自己（李建国）" }).click();
    expect(await card(page, "lunch").locator(".sitting-pay").innerText()).toBe("¥15.00");
    expect(await card(page, "lunch").locator(".sitting-saved").count()).toBe(0);
    await tapDoneAndCheckGone(page, "李建国", "陈淑珍");
  }, 60_000);

  it("takes the canteen screen away, in Chinese, after 100 s with nobody touching it", async () => {
    const person = staff.resident("张秀英");
    const { kiosk, context, page } = await kioskCallingStaff(stack, staff, "无人操作点餐机");
    await staff.answerCallAt(kiosk.id, person);
    await greeting(page, person.name).waitFor({ timeout: 10_000 });
    await page.getByRole("link", { name: "点餐" }).click();
    expect(await card(page, "lunch").locator(".sitting-pay").innerText()).toBe("¥9.90");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Today's meals" }).waitFor();
    expect(await card(page, "lunch").locator(".sitting-saved").innerText()).toBe("You save ¥5.10");

    await page.clock.runFor(101_000);
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/kiosk/");
    expect(await page.locator("body").innerText()).not.toMatch(/张秀英|¥9\.90|¥30\.00/);
    await context.close();
  }, 60_000);
});

describe("the canteen kiosk at 22:00, when the day's orders have closed", () => {
  let stack: Stack;
  let staff: StaffApi;

  beforeAll(async () => ({ stack, staff } = await stackWithAdmin({ LINLI_FAKE_NOW: NIGHT })));
  afterAll(() => stack?.stop());

  it("says plainly that ordering has closed and offers no button for a sitting", async () => {
    const code = await staff.issuePass(staff.resident("陈淑珍"));
    const page = await openKiosk(stack.browser, stack.baseUrl, DEMO_KIOSK_TOKEN);
    await typeLikeUsbScanner(page, code);
    await greeting(page, "陈淑珍").waitFor();
    await page.getByRole("link", { name: "点餐" }).click();
    await page.getByRole("status").filter({ hasText: "今天已经不能再点餐了。" }).waitFor();
    expect(await page.locator("button.canteen-sitting").count()).toBe(0);
    expect(await card(page, "lunch").innerText()).toContain("今天的午餐已经停止点餐（每天 10:00 前可点）");
    expect(await card(page, "dinner").innerText()).toContain("今天的晚餐已经停止点餐（每天 16:00 前可点）");
    expect(await page.locator(".canteen-balance").innerText()).toBe("饭卡余额 ¥200.00");
    await shot(page, "i-closed");
    expect(await axeViolations(page)).toEqual([]);
    await expectBigTargets(page);
    await tapDoneAndCheckGone(page, "陈淑珍");
  }, 60_000);
});

describe("the canteen kiosk when a subsidy fund runs out while someone is paying", () => {
  let stack: Stack;
  let staff: StaffApi;

  beforeAll(async () => ({ stack, staff } = await stackWithAdmin({ LINLI_FAKE_NOW: MORNING })));
  afterAll(() => stack?.stop());

  it("says the fund ran out, shows the new price, and takes the order only when tapped again at that price", async () => {
    const code = await staff.issuePass(staff.resident("周芳"));
    const kiosk = await staff.pairedKiosk("补贴用完测试机");
    const page = await openKiosk(stack.browser, stack.baseUrl, kiosk.token);
    const keys: string[] = [];
    // The API prices each order as it places it; FUND_EXHAUSTED is its answer when another
    // kiosk takes the last of the budget in the same instant, which is answered here for it.
    let raceLost = false;
    await page.route("**/api/kiosk/canteen/orders", async (route) => {
      keys.push((route.request().postDataJSON() as { idempotencyKey: string }).idempotencyKey);
      if (raceLost) return route.continue();
      raceLost = true;
      await route.fulfill({
        status: 409,
        json: { error: { code: "FUND_EXHAUSTED", message: "A subsidy fund ran out", requestId: "test" } },
      });
    });
    await typeLikeUsbScanner(page, code);
    await greeting(page, "周芳").waitFor();
    await page.getByRole("link", { name: "点餐" }).click();
    await card(page, "lunch").click();
    await page.getByRole("heading", { name: /午餐\s*¥9\.90/ }).waitFor();
    // Her card is empty: no card button that cannot work, the counter instead.
    expect(await page.locator(".confirm-card").count()).toBe(0);
    expect(await page.locator(".confirm-card-low").innerText()).toContain("饭卡余额 ¥0.00");

    await setFundBudget(stack.baseUrl, DEMO_PASSWORD, "street_elderly_meal", 0);
    await page.getByRole("button", { name: "到窗口付款" }).click();
    await page.getByRole("alert").filter({ hasText: "有一笔补贴本月已经用完" }).waitFor();
    await page.getByRole("heading", { name: /午餐\s*¥15\.00/ }).waitFor();
    expect(await page.locator(".confirm-fund-gone").innerText()).toContain("街道老年助餐补贴本月已经用完");
    expect(await page.locator(".confirm-saved").count()).toBe(0);
    await shot(page, "j-fund-exhausted");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "到窗口付款" }).click();
    await page.locator(".ticket-no").waitFor();
    expect(await page.locator(".ticket-paid").innerText()).toBe("请到窗口付款 ¥15.00");
    expect(await page.locator(".ticket-price-changed").count()).toBe(0);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
    await tapDoneAndCheckGone(page, "周芳");
  }, 60_000);

  it("charges nothing and shows the new price when it changed between the screen and the tap", async () => {
    await setFundBudget(stack.baseUrl, DEMO_PASSWORD, "street_elderly_meal", null);
    const code = await staff.issuePass(staff.resident("张秀英"));
    const kiosk = await staff.pairedKiosk("价格变化测试机");
    const page = await openKiosk(stack.browser, stack.baseUrl, kiosk.token);
    await typeLikeUsbScanner(page, code);
    await greeting(page, "张秀英").waitFor();
    await page.getByRole("link", { name: "点餐" }).click();
    await card(page, "dinner").click();
    await page.getByRole("heading", { name: /晚餐\s*¥5\.90/ }).waitFor();
    await setFundBudget(stack.baseUrl, DEMO_PASSWORD, "street_elderly_meal", 0);
    await page.getByRole("button", { name: "到窗口付款" }).click();
    await page.getByText("价格刚刚变了，这次没有扣钱。").waitFor();
    await page.getByRole("heading", { name: /晚餐\s*¥10\.00/ }).waitFor();
    expect(await page.locator(".ticket-no").count()).toBe(0);
    await setFundBudget(stack.baseUrl, DEMO_PASSWORD, "street_elderly_meal", null);
  }, 60_000);
});
