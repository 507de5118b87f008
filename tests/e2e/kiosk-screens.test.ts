import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_BABY_KIOSK_TOKEN, DEMO_KIOSK_TOKEN, DEMO_STUDY_KIOSK_TOKEN } from "../../api/seed/demo";
import { DEMO_STATION_KIOSK_TOKEN, DEMO_STATION_SERVICE_KIOSK_TOKEN } from "../../api/seed/demo-station";
import { type StaffApi, stackWithAdmin } from "./support/flow-staff-api";
import { typeLikeUsbScanner } from "./support/flow-usb-scanner";
import { recordSpeechAndPrint } from "./support/kiosk-canteen-helpers";
import { expectScreenFits, LANDSCAPE, PORTRAIT } from "./support/kiosk-fit";
import type { Stack } from "./support/stack";

// Tuesday 24 November 2026, 09:30 in Shanghai: lunch still takes orders, the study room and the
// baby room are open.
const NOW = new Date("2026-11-24T09:30:00+08:00").toISOString();

/**
 * Every kiosk screen on the everyday path, each in portrait (1080×1920) and landscape (1920×1080):
 * no page scroll, nothing behind the call-staff bar, axe clean. The screenshots are left in
 * test-results/kiosk-screens/ (git-ignored) for a person to look at.
 */
describe("every kiosk screen fits the kiosk in both orientations", () => {
  let stack: Stack;
  let staff: StaffApi;

  beforeAll(async () => ({ stack, staff } = await stackWithAdmin({ LINLI_FAKE_NOW: NOW })));
  afterAll(() => stack?.stop());

  /** A kiosk's page in portrait at `path` under /kiosk/; with `clock`, on a clock the test moves. */
  async function kioskPage(path: string, { clock = false } = {}) {
    const context = await stack.browser.newContext({ viewport: PORTRAIT, bypassCSP: true });
    await recordSpeechAndPrint(context);
    const page = await context.newPage();
    if (clock) await page.clock.install();
    await page.goto(`${stack.baseUrl}/kiosk/${path}`);
    return page;
  }

  /** A kiosk paired with `token`, at its welcome (with `clock`, for the idle countdown). */
  async function kiosk(token: string, options: { clock?: boolean } = {}) {
    const page = await kioskPage(`?device=${token}`, options);
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    return page;
  }

  async function scan(page: Page, holder: { kind: "resident" | "courier"; id: string }, name: string) {
    await typeLikeUsbScanner(page, await staff.issuePass(holder));
    await page.getByRole("heading", { name: `${name}，您好！` }).waitFor();
  }

  it("welcome, a facility's page and the identify screen", async () => {
    const page = await kiosk(DEMO_KIOSK_TOKEN);
    await expectScreenFits(page, "01-welcome");
    await page.getByRole("link", { name: /幸福食堂/ }).click();
    await page.getByRole("heading", { name: "幸福食堂" }).waitFor();
    await expectScreenFits(page, "02-facility");
    await page.goto(`${stack.baseUrl}/kiosk/identify`);
    await page.locator(".identify-page").waitFor();
    await expectScreenFits(page, "03-identify");
    await page.context().close();
  });

  it("a resident's home and the canteen order, scan to ticket", async () => {
    const page = await kiosk(DEMO_KIOSK_TOKEN);
    await scan(page, staff.resident("陈淑珍"), "陈淑珍");
    await expectScreenFits(page, "04-home");
    await page.locator("a.session-order-meal").click();
    await page.locator(".canteen-sitting[data-sitting=lunch]").waitFor();
    await expectScreenFits(page, "05-canteen-menu");
    await page.locator(".canteen-sitting[data-sitting=lunch]").click();
    await page.locator(".confirm-card").waitFor();
    await expectScreenFits(page, "06-canteen-confirm");
    // 完成 with a meal chosen and unpaid asks first; "接着订" keeps the meal on screen.
    await page.getByRole("button", { name: "完成" }).click();
    await page.getByRole("alertdialog", { name: "不订了吗？" }).waitFor();
    await expectScreenFits(page, "06b-canteen-done-ask");
    await page.getByRole("button", { name: "接着订" }).click();
    await page.getByRole("alertdialog").waitFor({ state: "detached" });
    await page.locator(".confirm-card").click();
    await page.locator(".ticket-no").waitFor();
    await expectScreenFits(page, "07-canteen-ticket");
    await page.context().close();
  });

  it("the study room at its own kiosk: sit now, book (the map and the time picker), my seat", async () => {
    const page = await kiosk(DEMO_STUDY_KIOSK_TOKEN);
    await scan(page, staff.resident("李建国"), "李建国");
    await page.getByRole("link", { name: "自习室", exact: true }).click();
    // Nothing booked, at the room's own kiosk: sitting down now comes first.
    await page.getByRole("heading", { name: "现在就坐" }).waitFor();
    await expectScreenFits(page, "08-study-sit-now");
    await page.getByRole("button", { name: "预约座位" }).click();
    await page.locator(".seat").first().waitFor();
    await expectScreenFits(page, "09-study-book-map");
    await page.getByRole("button", { name: "改时间" }).click();
    await page.getByRole("group", { name: "几点开始" }).waitFor();
    await expectScreenFits(page, "10-study-book-time");
    await page.getByRole("button", { name: "选好了，看座位" }).click();
    await page.locator(".seat.is-free").first().click();
    await page.getByRole("button", { name: "确定预约" }).click();
    // Booked: her seat's screen, with the booking on it.
    await page.locator(".study-booking[data-state=confirmed]").waitFor();
    await expectScreenFits(page, "11-study-my-seat");
    await page.context().close();
  });

  it("the baby room at its own kiosk", async () => {
    const page = await kiosk(DEMO_BABY_KIOSK_TOKEN);
    await scan(page, staff.resident("张秀英"), "张秀英");
    await page.getByRole("link", { name: "宝宝屋", exact: true }).click();
    await page.getByRole("button", { name: /孙乐乐/ }).waitFor();
    await expectScreenFits(page, "12-baby-room");
    // In the kiosk's one frame: the child on the side, the sessions in the body, beside it in landscape.
    const screen = page.locator(".kiosk-screen.baby-room-page");
    await screen
      .locator(".kiosk-screen-side")
      .getByRole("button", { name: /孙乐乐/ })
      .waitFor();
    await screen.locator(".kiosk-screen-nav").getByRole("button", { name: "完成" }).waitFor();
    await page.setViewportSize(LANDSCAPE);
    const side = await screen.locator(".kiosk-screen-side").boundingBox();
    const body = await screen.locator(".kiosk-screen-body").boundingBox();
    expect(side!.x + side!.width).toBeLessThanOrEqual(body!.x);
    await page.context().close();
  });

  it("the station's door and its showers", async () => {
    const page = await kioskPage(`?device=${DEMO_STATION_KIOSK_TOKEN}`);
    await page.locator(".door-page").waitFor();
    await expectScreenFits(page, "13-station-door");
    await page.context().close();

    const service = await kiosk(DEMO_STATION_SERVICE_KIOSK_TOKEN);
    const rider = await staff.courier("何静");
    await scan(service, rider, "何静");
    await service.getByRole("link", { name: "淋浴间" }).click();
    await service.getByRole("heading", { name: "淋浴间" }).waitFor();
    await expectScreenFits(service, "14-station-showers");
    await service.context().close();
  });

  it("the pairing pad of a kiosk not yet paired", async () => {
    const page = await kioskPage("");
    await page.getByRole("heading", { name: "配对这台自助机" }).waitFor();
    for (const digit of "1234") await page.getByRole("button", { name: digit, exact: true }).click();
    await expectScreenFits(page, "00-pairing");
    await page.context().close();
  });

  it("in English: the welcome, a resident's home and the canteen's menu", async () => {
    const page = await kiosk(DEMO_KIOSK_TOKEN);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Hello, welcome!" }).waitFor();
    await expectScreenFits(page, "15-en-welcome");
    await typeLikeUsbScanner(page, await staff.issuePass(staff.resident("杨德福")));
    await page.getByRole("heading", { name: "Hello, 杨德福!" }).waitFor();
    await page.locator("a.session-order-meal .session-balance").waitFor();
    await expectScreenFits(page, "16-en-home");
    await page.locator("a.session-order-meal").click();
    await page.locator(".canteen-sitting[data-sitting=lunch]").waitFor();
    await expectScreenFits(page, "17-en-canteen-menu");
    await page.context().close();
  });

  it("who the meal is for, asked of a family member who may order for an elder", async () => {
    const page = await kiosk(DEMO_KIOSK_TOKEN);
    await scan(page, staff.resident("李建国"), "李建国");
    await page.locator("a.session-order-meal").click();
    await page.getByRole("heading", { name: "为谁点餐？" }).waitFor();
    await expectScreenFits(page, "18-canteen-who");
    await page.context().close();
  });

  it("the countdown over a person's screen before the kiosk resets", async () => {
    const page = await kiosk(DEMO_KIOSK_TOKEN, { clock: true });
    await scan(page, staff.resident("刘桂兰"), "刘桂兰");
    // The warning comes 20 s before the reset at 100 s (the API's timings).
    await page.clock.runFor(85_000);
    await page.getByRole("alertdialog", { name: "您还在吗？" }).waitFor();
    await expectScreenFits(page, "19-idle-countdown");
    await page.context().close();
  });

  it("a new rider's registration at the station's door, empty and filled in", async () => {
    const page = await kioskPage(`?device=${DEMO_STATION_KIOSK_TOKEN}`);
    await page.getByRole("link", { name: "新骑手登记" }).click();
    await page.getByRole("heading", { name: "骑手登记" }).waitFor();
    await expectScreenFits(page, "20-station-register");
    await page.getByLabel("姓名").fill("吴小红");
    for (const d of "13812345678")
      await page.locator(".number-pad").getByRole("button", { name: d, exact: true }).click();
    await page.getByRole("button", { name: "饿了么" }).click();
    await page.getByRole("button", { name: "女", exact: true }).click();
    await page.getByText("138 1234 5678").waitFor();
    await expectScreenFits(page, "21-station-register-filled");
    await page.context().close();
  });

  it("the baby room's session paid by card and its full session, before and after joining its line", async () => {
    const base = `/communities/${staff.communityId}/baby-room`;
    const music = await staff.call<{ id: string }>("POST", `${base}/session-types`, {
      kind: "parent_child",
      name: "音乐课",
      minutes: 60,
      minAgeMonths: 6,
      maxAgeMonths: 48,
      ratio: 5,
      guardianStays: true,
      usesAllowance: false,
      priceFen: 2000,
    });
    // This afternoon: one with places at ¥20 (paid by card), one with no caregiver and so no places.
    for (const [time, caregivers] of [
      ["14:00", 1],
      ["16:00", 0],
    ] as const)
      await staff.call("POST", `${base}/sessions`, {
        typeId: music.id,
        startsAt: new Date(`2026-11-24T${time}:00+08:00`).toISOString(),
        caregivers,
      });
    const page = await kiosk(DEMO_BABY_KIOSK_TOKEN);
    await scan(page, staff.resident("张秀英"), "张秀英");
    await page.getByRole("link", { name: "宝宝屋", exact: true }).click();
    await page.getByRole("button", { name: /孙乐乐/ }).waitFor();
    const sessions = page.locator(".baby-session").filter({ hasText: "音乐课" });
    await sessions.getByText("饭卡付 ¥20.00 预约").waitFor();
    const full = sessions.filter({ hasText: "已满" });
    await full.waitFor();
    await full.getByRole("button", { name: /排队等位/ }).waitFor();
    await expectScreenFits(page, "22-baby-paid-and-full");
    await full.getByRole("button", { name: /排队等位/ }).click();
    await page.getByText(/已排队等 音乐课/).waitFor();
    await expectScreenFits(page, "23-baby-in-line");
    await page.context().close();
  });
});
