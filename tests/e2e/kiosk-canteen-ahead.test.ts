import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KIOSK_TOKEN } from "../../api/seed/demo";
import { type StaffApi, stackWithAdmin } from "./support/flow-staff-api";
import { typeLikeUsbScanner } from "./support/flow-usb-scanner";
import { recordSpeechAndPrint, tapUntil, yuan } from "./support/kiosk-canteen-helpers";
import { expectScreenFits, PORTRAIT } from "./support/kiosk-fit";
import type { Stack } from "./support/stack";

// 22:00 in Shanghai on Monday 23 November: today's orders have closed, the next days' have not.
const NIGHT = "2026-11-23T14:00:00Z";

describe("ordering ahead at the canteen kiosk", () => {
  let stack: Stack;
  let staff: StaffApi;

  beforeAll(async () => ({ stack, staff } = await stackWithAdmin({ LINLI_FAKE_NOW: NIGHT })));
  afterAll(() => stack?.stop());

  it("lets a resident choose tomorrow after today has closed and order lunch at tomorrow's price, which the kitchen's list for tomorrow then counts", async () => {
    const person = staff.resident("陈淑珍");
    const code = await staff.issuePass(person);
    // The API's own price for tomorrow, asked through a session of its own on the same kiosk.
    const kiosk = { authorization: `Bearer ${DEMO_KIOSK_TOKEN}` };
    const identified = await fetch(`${stack.baseUrl}/api/kiosk/identify`, {
      method: "POST",
      headers: { ...kiosk, "content-type": "application/json" },
      body: JSON.stringify({ method: "qr", code }),
    }).then((r) => r.json() as Promise<{ session: { token: string } }>);
    const tomorrow = await fetch(`${stack.baseUrl}/api/kiosk/canteen/today?date=2026-11-24`, {
      headers: { ...kiosk, "x-kiosk-session": identified.session.token },
    }).then((r) => r.json() as Promise<{ diners: { sittings: { name: string; price: { payFen: number } }[] }[] }>);
    const lunchFen = tomorrow.diners[0]!.sittings.find((s) => s.name === "lunch")!.price.payFen;
    await fetch(`${stack.baseUrl}/api/kiosk/session/end`, {
      method: "POST",
      headers: { ...kiosk, "x-kiosk-session": identified.session.token },
    });

    const context = await stack.browser.newContext({ viewport: PORTRAIT, bypassCSP: true });
    await recordSpeechAndPrint(context);
    const page = await context.newPage();
    try {
      await page.goto(`${stack.baseUrl}/kiosk/?device=${DEMO_KIOSK_TOKEN}`);
      await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
      await typeLikeUsbScanner(page, code);
      await page.getByRole("heading", { name: `${person.name}，您好！` }).waitFor();
      await page.getByRole("link", { name: "点餐" }).click();
      const days = page.getByRole("group", { name: "哪一天吃" });
      await days.waitFor();
      expect(await days.getByRole("button").allInnerTexts()).toHaveLength(4);
      expect(await days.getByRole("button", { name: "今天" }).getAttribute("aria-pressed")).toBe("true");
      await expectScreenFits(page, "canteen-ahead-today");

      await days.getByRole("button", { name: "明天" }).click();
      await page.getByRole("heading", { level: 1, name: "明天吃什么" }).waitFor();
      expect(await days.getByRole("button", { name: "明天" }).getAttribute("aria-pressed")).toBe("true");
      const lunch = page.locator(".canteen-sitting[data-sitting=lunch]");
      expect(await lunch.locator(".sitting-pay").innerText()).toBe(yuan(lunchFen));
      await expectScreenFits(page, "canteen-ahead-tomorrow");

      await lunch.click();
      await tapUntil(page, ".confirm-card", ".ticket-no");
      expect(await page.locator(".ticket-paid").innerText()).toBe(`已用饭卡支付 ${yuan(lunchFen)}`);
      const production = await staff.call<{ items: { sitting: string; dineIn: number }[] }>(
        "GET",
        `/communities/${staff.communityId}/canteen/production?date=2026-11-24`,
      );
      expect(production.items.find((p) => p.sitting === "lunch")!.dineIn).toBe(1);
    } finally {
      await context.close();
    }
  }, 90_000);
});
