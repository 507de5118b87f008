import type { BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KIOSK_TOKEN } from "../../api/seed/demo";
import { sideApi } from "./support/side-api";
import { signInAsAdmin, type StaffApi } from "./support/flow-staff-api";
import { typeLikeUsbScanner } from "./support/flow-usb-scanner";
import { expectScreenFits, PORTRAIT } from "./support/kiosk-fit";
import { startStack, type Stack } from "./support/stack";
import { studyKioskAs } from "./support/study-kiosk-api";

// Tuesday 24 November 2026, 09:30 in Shanghai: lunch may still be ordered and cancelled (until 10:00).
const NOW = new Date("2026-11-24T09:30:00+08:00").toISOString();
const at = (local: string) => new Date(`2026-11-24T${local}:00+08:00`).toISOString();

let stack: Stack;
let staff: StaffApi;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  stack = await startStack({ LINLI_FAKE_NOW: NOW });
  env.stack = stack;
  staff = await signInAsAdmin(stack.baseUrl);
});
afterAll(async () => {
  await stack?.stop();
});
afterEach(async () => {
  await context?.close();
});

const env = {} as { stack: Stack };
const { api, kioskSessionFor } = sideApi(env);

/** At the canteen's kiosk beside the browser, she orders lunch paid by card and taps 完成. */
async function lunchOrderedFor(name: string) {
  const headers = await kioskSessionFor(name);
  const placed = await api("/api/kiosk/canteen/orders", {
    method: "POST",
    headers,
    body: { sitting: "lunch", payment: "meal_card", idempotencyKey: crypto.randomUUID() },
  });
  expect(placed.status).toBe(200);
  await api("/api/kiosk/session/end", { method: "POST", headers });
  return placed.json as { id: string; payFen: number; balanceFen: number; ticketNo: number };
}

describe("a resident's home at the kiosk", () => {
  it("shows her balance at once, her lunch with its ticket (cancelled after a question, the card refunded) and her seat, which opens the study room", async () => {
    const lunch = await lunchOrderedFor("刘桂兰");
    // Her new card replaces the pass the side kiosk was shown.
    const code = await staff.issuePass(staff.resident("刘桂兰"));
    const study = await studyKioskAs(stack.baseUrl, code);
    const seats = await study<{ seats: { id: string; label: string }[] }>("GET", "/day");
    const seat = seats.json.seats.at(-1)!;
    const booked = await study<{ id: string }>("POST", "/bookings", {
      seatId: seat.id,
      startsAt: at("14:00"),
      endsAt: at("16:00"),
      idempotencyKey: crypto.randomUUID(),
    });
    expect(booked.status).toBe(200);

    context = await stack.browser.newContext({ viewport: PORTRAIT, bypassCSP: true });
    page = await context.newPage();
    await page.goto(`${stack.baseUrl}/kiosk/?device=${DEMO_KIOSK_TOKEN}`);
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    await typeLikeUsbScanner(page, code);
    await page.getByRole("heading", { name: "刘桂兰，您好！" }).waitFor();

    const balance = page.locator("a.session-order-meal .session-balance");
    await expect.poll(() => balance.getAttribute("data-balance-fen")).toBe(String(lunch.balanceFen));
    const order = page.locator(`li[data-order="${lunch.id}"]`);
    await expect.poll(() => order.innerText()).toContain(`取餐号 ${lunch.ticketNo}`);
    const seatButton = page.locator(`a[data-booking="${booked.json.id}"]`);
    await expect.poll(() => seatButton.innerText()).toContain(`${seat.label} · 今天 14:00–16:00`);
    await expectScreenFits(page, "04b-home-with-meal-and-seat");

    await order.getByRole("button", { name: "取消这一餐" }).click();
    const ask = page.getByRole("alertdialog", { name: /确定要取消午餐吗/ });
    await ask.waitFor();
    await ask.getByRole("button", { name: "确定取消" }).click();
    await page.getByRole("status").filter({ hasText: "午餐已取消" }).waitFor();
    await order.waitFor({ state: "detached" });
    await expect.poll(() => balance.getAttribute("data-balance-fen")).toBe(String(lunch.balanceFen + lunch.payFen));

    await seatButton.click();
    await page.waitForURL(/\/kiosk\/study-room$/);
    await page.locator(".study-room-page").waitFor();
  });
});
