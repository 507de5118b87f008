import type { Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KIOSK_TOKEN } from "../../api/seed/demo";
import { signInAsAdmin, type StaffApi } from "./support/flow-staff-api";
import { typeLikeUsbScanner } from "./support/flow-usb-scanner";
import { PORTRAIT } from "./support/kiosk-fit";
import { sideApi } from "./support/side-api";
import { startStack, type Stack } from "./support/stack";

// Tuesday 24 November 2026, 09:30 in Shanghai: lunch still takes orders.
const NOW = new Date("2026-11-24T09:30:00+08:00").toISOString();

const env = {} as { stack: Stack };
const { api, kioskSessionFor } = sideApi(env);
let staff: StaffApi;
beforeAll(async () => {
  env.stack = await startStack({ LINLI_FAKE_NOW: NOW });
  staff = await signInAsAdmin(env.stack.baseUrl);
});
afterAll(async () => {
  await env.stack?.stop();
});

describe("a lost network during an act", () => {
  it("sends the order again by itself with the same key once the network is back, and it lands exactly once", async () => {
    const code = await staff.issuePass(staff.resident("杨德福"));
    const context = await env.stack.browser.newContext({ viewport: PORTRAIT, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${env.stack.baseUrl}/kiosk/?device=${DEMO_KIOSK_TOKEN}`);
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    await typeLikeUsbScanner(page, code);
    await page.getByRole("heading", { name: "杨德福，您好！" }).waitFor();
    await page.locator("a.session-order-meal").click();
    await page.locator(".canteen-sitting[data-sitting=lunch]").click();
    await page.locator(".confirm-card").waitFor();

    // Every order the kiosk sends, with its idempotency key.
    const keys: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith("/api/kiosk/canteen/orders"))
        keys.push(r.postDataJSON().idempotencyKey);
    });
    // The order reaches the server, but its answer is lost; then nothing gets through at all.
    const sent: string[] = [];
    const cut = async (route: Route) => {
      const request = route.request();
      if (request.method() === "POST" && request.url().endsWith("/api/kiosk/canteen/orders")) {
        sent.push(request.postDataJSON().idempotencyKey);
        await route.fetch();
      }
      await route.abort("internetdisconnected");
    };
    await page.route("**/api/**", cut);
    await page.locator(".confirm-card").click();
    await page.getByRole("status").filter({ hasText: "连上后会自动再提交一次" }).waitFor();
    expect(sent).toHaveLength(1);

    await page.unroute("**/api/**", cut);
    // No tap: the ticket comes once the network answers.
    const ticket = page.locator(".ticket-no");
    await ticket.waitFor();
    await page.getByRole("status").filter({ hasText: "网络断了" }).waitFor({ state: "detached" });

    const side = await kioskSessionFor("杨德福");
    const { json } = await api("/api/kiosk/home", { headers: side });
    const lunches = json.orders.filter(
      (o: { serviceDate: string; sitting: string }) => o.serviceDate === "2026-11-24" && o.sitting === "lunch",
    );
    expect(lunches).toHaveLength(1);
    // Sent twice (once lost, once by itself), both times as the same order.
    expect(keys).toEqual([sent[0], sent[0]]);
    expect(await ticket.innerText()).toBe(String(lunches[0].ticketNo));
    await context.close();
  });
});
