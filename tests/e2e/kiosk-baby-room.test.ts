import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_BABY_KIOSK_TOKEN } from "../../api/seed/demo";
import { axeViolations } from "./support/axe";
import { type StaffApi, stackWithAdmin } from "./support/flow-staff-api";
import { typeLikeUsbScanner } from "./support/flow-usb-scanner";
import { expectBigTargets, recordSpeechAndPrint } from "./support/kiosk-canteen-helpers";
import type { Stack } from "./support/stack";
import { PORTRAIT as KIOSK_SCREEN } from "./support/kiosk-fit";

// Screenshots, kept after the run so a person can look at them.
const OUT = join(tmpdir(), "linli-kiosk-baby-room");
// Tuesday 24 November 2026, 08:40 in Shanghai: the seeded 托育 session starts at 09:00 and check-in is open.
const NOW = new Date("2026-11-24T08:40:00+08:00").toISOString();

const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
const ORIENTATIONS = [KIOSK_SCREEN, { width: 1920, height: 1080 }];

/**
 * The screen fits the kiosk in portrait and in landscape: no page scroll, no control under the
 * staff-call bar at the bottom, and axe finds nothing. Leaves the page in portrait.
 */
async function expectFits(page: Page, name: string) {
  for (const size of ORIENTATIONS) {
    await page.setViewportSize(size);
    const layout = await page.evaluate(() => {
      const bar = document.querySelector(".staff-call-bar")?.getBoundingClientRect().top ?? window.innerHeight;
      const hidden = [...document.querySelectorAll<HTMLElement>("main button, main a[href], main output")]
        .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().bottom > bar + 0.5)
        .map((el) => el.textContent?.trim().slice(0, 30));
      return { overflow: document.documentElement.scrollHeight - window.innerHeight, hidden };
    });
    await page.screenshot({ path: join(OUT, `${name}-${size.width}.png`) });
    expect({ ...size, ...layout }).toEqual({ ...size, overflow: 0, hidden: [] });
    expect(await axeViolations(page)).toEqual([]);
  }
  await page.setViewportSize(KIOSK_SCREEN);
}

/** The baby room's kiosk, a pass typed by its USB scanner, then 宝宝屋. */
async function identifyAndOpen(stack: Stack, code: string, name: string) {
  const context = await stack.browser.newContext({ viewport: KIOSK_SCREEN, bypassCSP: true });
  await recordSpeechAndPrint(context);
  const page = await context.newPage();
  await page.goto(`${stack.baseUrl}/kiosk/?device=${DEMO_BABY_KIOSK_TOKEN}`);
  await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
  await typeLikeUsbScanner(page, code);
  await page.getByRole("heading", { name: `${name}，您好！` }).waitFor();
  await page.getByRole("link", { name: "宝宝屋", exact: true }).click();
  await page.getByRole("heading", { name: "宝宝屋", level: 1 }).waitFor();
  return page;
}

describe("the baby room kiosk", () => {
  let stack: Stack;
  let staff: StaffApi;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    ({ stack, staff } = await stackWithAdmin({ LINLI_FAKE_NOW: NOW }));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("lets a grandparent book and check the child in, refuses another person's pass at check-out, and lets the person named on a pickup code collect the child", async () => {
    // 张秀英, 孙乐乐's grandmother, shows her pass to the scanner.
    const grandma = staff.resident("张秀英");
    const page = await identifyAndOpen(stack, await staff.issuePass(grandma), grandma.name);
    await page.getByRole("button", { name: /孙乐乐/ }).waitFor();
    await expect(page.getByText("免费，还剩 12 次").first().isVisible()).resolves.toBe(true);
    const today = page.locator(".baby-session").filter({ hasText: "托育" }).filter({ hasText: "今天" });
    await expect(today.getByText("年龄合适").isVisible()).resolves.toBe(true);
    await expect(today.getByText("还剩 10 个名额").isVisible()).resolves.toBe(true);
    await shot(page, "1-sessions");
    await expectFits(page, "fit-sessions");
    await expectBigTargets(page);

    await today.getByRole("button", { name: /预约/ }).click();
    await page.getByText(/已为孙乐乐预约 托育/).waitFor();
    await page.getByText("免费，还剩 11 次").first().waitFor();

    // Check in with the room's questions: temperature by taps, no symptoms.
    await page.getByRole("button", { name: "入园签到" }).click();
    await page.getByRole("button", { name: "高一点" }).click();
    await page.getByText("体温 36.6 °C").waitFor();
    await shot(page, "2-questions");
    await expectFits(page, "fit-check-in");
    await page.getByRole("button", { name: "确认入园" }).click();
    await page.getByText("孙乐乐已入园。").waitFor();
    await page.locator('.baby-booking[data-status="checked_in"]').waitFor();
    // The check-out screen: take the child home, or make a one-off code for a neighbour.
    await page.getByRole("button", { name: "接走 孙乐乐" }).waitFor();
    await expectFits(page, "fit-check-out");
    await page.getByRole("button", { name: "请别人来接" }).click();
    await page.getByRole("button", { name: "邻居" }).click();
    const codeText = await page.locator(".baby-code").textContent();
    const pickupCode = /(\d{8})/.exec(codeText ?? "")?.[1];
    expect(pickupCode).toMatch(/^\d{8}$/);
    await expectFits(page, "fit-pickup-code");
    await page.getByRole("button", { name: "完成" }).click();
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    expect(await page.locator("body").innerText()).not.toContain("孙乐乐");
    await page.context().close();

    // 吴强, no guardian of hers, tries to take her home: the API refuses and records it.
    const stranger = staff.resident("吴强");
    const other = await identifyAndOpen(stack, await staff.issuePass(stranger), stranger.name);
    await other.getByText("您还不是哪个孩子的监护人", { exact: false }).waitFor();
    await other.getByRole("button", { name: "接走 孙*乐" }).click();
    await other.getByRole("alert").getByText("只有孩子的监护人才能接走孩子").waitFor();
    await shot(other, "3-refused");
    await expectFits(other, "fit-refused");
    const door = await staff.call<{ kind: string; byName: string | null; reason: string | null }[]>(
      "GET",
      `/communities/${staff.communityId}/baby-room/door`,
    );
    expect(door).toContainEqual(
      expect.objectContaining({ kind: "check_out_refused", byName: "吴强", reason: "NOT_A_GUARDIAN" }),
    );
    const inRoom = await staff.call<{ childName: string }[]>(
      "GET",
      `/communities/${staff.communityId}/baby-room/in-room`,
    );
    expect(inRoom.map((r) => r.childName)).toEqual(["孙乐乐"]);
    await other.getByRole("button", { name: "完成" }).click();
    await other.getByRole("heading", { name: "您好，欢迎！" }).waitFor();

    // The neighbour has no pass: 宝宝屋 on the welcome screen asks for one, or for the code on the pad.
    await other.locator("a.facility-card.kind-baby_room").click();
    await other.getByRole("link", { name: "凭接送码接孩子" }).click();
    await other.getByRole("heading", { name: "凭接送码接孩子" }).waitFor();
    await expectFits(other, "fit-pickup-pad");
    await expectBigTargets(other);
    for (const digit of pickupCode!)
      await other.locator(".number-pad").getByRole("button", { name: digit, exact: true }).click();
    await other.getByRole("button", { name: "接孩子", exact: true }).click();
    await other.getByRole("status").getByText("已接走，路上小心。").waitFor();
    await shot(other, "4-collected");
    const after = await staff.call<{ childName: string }[]>(
      "GET",
      `/communities/${staff.communityId}/baby-room/in-room`,
    );
    expect(after).toEqual([]);
    await other.context().close();
  }, 120_000); // one long walk through five screens, each checked in two orientations
});
