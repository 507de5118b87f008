import type { BrowserContext, Page, Route } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_KIOSK_TOKEN } from "../../api/seed/demo";
import { axeViolations } from "./support/axe";
import { signInAsAdmin } from "./support/flow-staff-api";
import { typeLikeUsbScanner } from "./support/flow-usb-scanner";
import { registerKiosk } from "./support/new-kiosk";
import { startStack, type Stack } from "./support/stack";

let stack: Stack;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});
beforeEach(async () => {
  // A portrait 1080p kiosk screen; bypassCSP only so axe can be injected.
  context = await stack.browser.newContext({ bypassCSP: true, viewport: { width: 1080, height: 1920 } });
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
});

const openPairedKiosk = async () => {
  await page.goto(`${stack.baseUrl}/kiosk/?device=${DEMO_KIOSK_TOKEN}`);
  await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
};

describe("kiosk", () => {
  it("greets in Chinese with huge touch targets and switches to English with one tap", async () => {
    await openPairedKiosk();
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(page.url()).not.toContain("device=");
    const names = await page.getByRole("link").allInnerTexts();
    for (const name of ["幸福食堂", "共享自习室", "骑手驿站", "宝宝屋"]) expect(names.join()).toContain(name);

    const targets = await page.locator("button, a[href]").all();
    expect(targets.length).toBeGreaterThanOrEqual(6);
    for (const target of targets) {
      const box = await target.boundingBox();
      const label = await target.innerText();
      expect(box?.width, label).toBeGreaterThanOrEqual(72);
      expect(box?.height, label).toBeGreaterThanOrEqual(72);
    }

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Hello, welcome!" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.getByRole("link", { name: /Happiness Canteen/ }).isVisible()).toBe(true);
  });

  it("opens a facility page, offers more time 20 s before the reset, and returns to the welcome screen in Chinese after 100 s untouched", async () => {
    await page.clock.install();
    await openPairedKiosk();
    // The place's tile asks who she is for that place; its page is one tap further, with the act on it.
    await page.getByRole("link", { name: /幸福食堂/ }).click();
    await page.getByRole("heading", { name: "幸福食堂：请先扫码或刷脸" }).waitFor();
    await page.getByRole("link", { name: "看看幸福食堂的介绍" }).click();
    await page.getByRole("heading", { name: "幸福食堂" }).waitFor();
    expect(await page.getByRole("link", { name: "我要点餐" }).getAttribute("href")).toBe("/kiosk/identify?for=canteen");
    expect(await page.getByText("党群服务中心一楼").isVisible()).toBe(true);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Happiness Canteen" }).waitFor();

    // 20 s before the reset (at 100 s, from the API's timings) a countdown with one big button for more time.
    // (The fake clock also runs on by itself between steps, so the steps keep a margin.)
    await page.clock.runFor(70_000);
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    await page.clock.runFor(15_000);
    const warning = page.getByRole("alertdialog", { name: "Are you still there?" });
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/Back to the start in 1?\d seconds/);
    await warning.getByRole("button", { name: "I need more time" }).click();
    await warning.waitFor({ state: "detached" });
    await page.clock.runFor(90_000);
    expect(await page.getByRole("heading", { name: "Happiness Canteen" }).isVisible()).toBe(true);
    await page.clock.runFor(15_000);
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/kiosk/");
  });

  it("lands a resident who taps a place and scans her pass in that place, and after 完成 greets the next one in Chinese with sound on", async () => {
    const staff = await signInAsAdmin(stack.baseUrl);
    await openPairedKiosk();
    await page.getByRole("link", { name: /幸福食堂/ }).click();
    await page.getByRole("heading", { name: "幸福食堂：请先扫码或刷脸" }).waitFor();
    await typeLikeUsbScanner(page, await staff.issuePass(staff.resident("周芳")));
    await page.locator(".canteen-page #canteen-title").waitFor();
    expect(new URL(page.url()).pathname).toBe("/kiosk/canteen");

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: /Sound: on/ }).click();
    await page.getByRole("button", { name: /Sound: off/ }).waitFor();
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.getByRole("button", { name: /声音：开/ }).isVisible()).toBe(true);
    expect(await page.locator("body").innerText()).not.toContain("周芳");
  });

  it("reads a pass from a slow USB scanner (60 ms a key) and a fast one (5 ms), and never the same keys at a person's pace", async () => {
    const staff = await signInAsAdmin(stack.baseUrl);
    const typed = await staff.issuePass(staff.resident("吴强"));
    await openPairedKiosk();
    await typeLikeUsbScanner(page, await staff.issuePass(staff.resident("刘桂兰")), 60);
    await page.getByRole("heading", { name: "刘桂兰，您好！" }).waitFor();
    await page.getByRole("button", { name: "完成" }).click();
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    // Typed at a person's pace, then a fast scan of another pass: only the scan is read.
    await typeLikeUsbScanner(page, typed, 200);
    await typeLikeUsbScanner(page, await staff.issuePass(staff.resident("杨德福")));
    await page.getByRole("heading", { name: "杨德福，您好！" }).waitFor();
    expect(await page.locator("body").innerText()).not.toContain("吴强");
  });

  it("says the network is down when the API cannot be reached, and stops saying so once it answers again", async () => {
    await openPairedKiosk();
    const down = (route: Route) => route.abort("internetdisconnected");
    await page.route("**/api/**", down);
    await page.getByRole("button", { name: "找工作人员" }).click();
    const banner = page.getByRole("status").filter({ hasText: "网络断了，正在重新连接" });
    await banner.waitFor();
    await page.unroute("**/api/**", down);
    await banner.waitFor({ state: "detached" });
  });

  it("shows the pairing pad when unpaired and refuses a wrong code", async () => {
    await page.goto(`${stack.baseUrl}/kiosk/`);
    await page.getByRole("heading", { name: "配对这台自助机" }).waitFor();
    for (const digit of "12345678") await page.getByRole("button", { name: digit, exact: true }).click();
    await page.getByRole("button", { name: "确认配对" }).click();
    await page.getByRole("alert").filter({ hasText: "配对码不对或已过期" }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem("linli.kioskToken"))).toBeNull();
  });

  it("forgets a credential the API refuses and asks to be paired again", async () => {
    await page.goto(`${stack.baseUrl}/kiosk/?device=revoked-or-made-up`);
    await page.getByRole("heading", { name: "配对这台自助机" }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem("linli.kioskToken"))).toBeNull();
  });

  it("keeps its credential when a 401 comes from something other than the API, such as a proxy's page", async () => {
    await openPairedKiosk();
    const proxy = (route: Route) =>
      route.fulfill({ status: 401, contentType: "text/html", body: "<html><body>Proxy login</body></html>" });
    await page.route("**/api/kiosk/welcome", proxy);
    const answered = page.waitForResponse((res) => res.url().endsWith("/api/kiosk/welcome") && res.status() === 401);
    await page.reload();
    await answered;
    await page.unroute("**/api/kiosk/welcome", proxy);
    // Had the bogus 401 unpaired it, the next start would show the pairing pad instead.
    await page.goto(`${stack.baseUrl}/kiosk/`);
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem("linli.kioskToken"))).toBe(DEMO_KIOSK_TOKEN);
  });

  it("pairs with the code staff were given, entered on the pad, and then greets", async () => {
    const code = await registerKiosk(stack.baseUrl, "自习室门口二号机");
    await page.goto(`${stack.baseUrl}/kiosk/`);
    for (const digit of code) await page.getByRole("button", { name: digit, exact: true }).click();
    await page.getByRole("button", { name: "确认配对" }).click();
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    expect(await page.getByText("自习室门口二号机").isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem("linli.kioskToken"))).toBeTruthy();
  });

  it("reports its build with a heartbeat as it starts, and an uncaught error soon after, scrubbed of personal data", async () => {
    const isBeat = (res: { url(): string; request(): { method(): string } }) =>
      res.url().endsWith("/api/kiosk/heartbeat") && res.request().method() === "POST";
    const first = page.waitForResponse(isBeat);
    await openPairedKiosk();
    const started = await first;
    expect(started.status()).toBe(200);
    expect(started.request().postDataJSON()).toEqual({
      version: expect.stringMatching(/^0\.1\.0\+?/),
      lastError: null,
    });

    const reported = page.waitForResponse((res) => isBeat(res) && res.request().postDataJSON().lastError !== null);
    await page.evaluate(() =>
      setTimeout(() => {
        throw new Error("no ticket for 13812345678 王芳");
      }),
    );
    const beat = await reported;
    expect(beat.status()).toBe(200);
    expect(beat.request().postDataJSON().lastError).toMatchObject({ message: "Error: no ticket for # ?" });
  });

  it("has no axe violations on the welcome screen in Chinese or English", async () => {
    await openPairedKiosk();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Hello, welcome!" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
