import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_STATION_EXIT_KIOSK_TOKEN,
  DEMO_STATION_KIOSK_TOKEN,
  DEMO_WOMEN_KIOSK_TOKEN,
} from "../../api/seed/demo-station";
import { launchChromium } from "./identify/support/launch-chromium";
import { axeViolations } from "./support/axe";
import { type StaffApi, stackWithAdmin } from "./support/flow-staff-api";
import { expectBigTargets } from "./support/kiosk-canteen-helpers";
import { expectScreenFits, LANDSCAPE, PORTRAIT } from "./support/kiosk-fit";
import type { Stack } from "./support/stack";

describe("the station's kiosks for a new rider and for faces", () => {
  let stack: Stack;
  let staff: StaffApi;
  // Chromium's own fake camera (a test pattern, no pass in it): the camera works, so whether
  // "face" is offered is the kiosk's setting, not a missing camera.
  let camera: Browser;

  beforeAll(async () => {
    ({ stack, staff } = await stackWithAdmin());
    camera = await launchChromium(["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]);
  });
  afterAll(async () => {
    await camera?.close();
    await stack?.stop();
  });

  /** A door kiosk's page in portrait in `browser`, once its heading is up. */
  const openDoor = async (browser: Browser, token: string, heading = "驿站大门") => {
    const page = await (await browser.newContext({ viewport: PORTRAIT, bypassCSP: true })).newPage();
    await page.goto(`${stack.baseUrl}/kiosk/?device=${token}`);
    await page.getByRole("heading", { name: heading }).waitFor();
    return page;
  };
  const doorKiosk = async (token: string, heading: string) => {
    const page = await openDoor(camera, token, heading);
    // The camera is running (a frame has arrived) before anything is said about the face button.
    await page.waitForFunction(() => (document.querySelector("video")?.readyState ?? 0) >= 2);
    return page;
  };
  /** The kiosk frame's fit (no page scroll, nothing behind the call-staff bar, axe) and big targets, both ways. */
  const fits = async (page: Page, name: string) => {
    await expectScreenFits(page, name);
    for (const size of [LANDSCAPE, PORTRAIT]) {
      await page.setViewportSize(size);
      await expectBigTargets(page);
    }
  };
  const faceButton = (page: Page) => page.getByRole("button", { name: "刷脸进门" });

  it("offers a face at the station's door, and never at the women's pass-only door", async () => {
    const entry = await doorKiosk(DEMO_STATION_KIOSK_TOKEN, "驿站大门");
    await faceButton(entry).waitFor();
    expect(await faceButton(entry).isEnabled()).toBe(true);
    // The door with its buttons and amenities fits standing up and lying down (camera beside the rest).
    await fits(entry, "12-station-door-face");
    await entry.setViewportSize(PORTRAIT);
    expect(await axeViolations(entry)).toEqual([]);

    const women = await doorKiosk(DEMO_WOMEN_KIOSK_TOKEN, "女性休息区门");
    await women.getByText("女性休息区：请出示通行码（此处不使用人脸识别）").waitFor();
    expect(await faceButton(women).count()).toBe(0);
    expect(await women.locator(".door-face").count()).toBe(0);
    await fits(women, "13-women-door");
    // The pass-only setting holds in either language.
    await women.getByRole("button", { name: "English" }).click();
    await women.getByText(/Women's rest area/).waitFor();
    expect(await women.getByRole("button", { name: /face/i }).count()).toBe(0);
  }, 90_000);

  it("registers a new rider at the entry door in taps and a name, pending for the keeper, on a screen that never scrolls", async () => {
    const page = await openDoor(stack.browser, DEMO_STATION_KIOSK_TOKEN);
    await page.getByRole("link", { name: "新骑手登记" }).click();
    await page.getByRole("heading", { name: "骑手登记" }).waitFor();
    const submit = page.getByRole("button", { name: "提交登记" });
    expect(await submit.isDisabled()).toBe(true);
    await page.getByRole("status").filter({ hasText: "请填姓名、手机号，选平台和性别" }).waitFor();
    await fits(page, "14-station-register-1");
    await page.setViewportSize(PORTRAIT);

    await page.getByLabel("姓名").fill("吴小红");
    for (const d of "13812345678")
      await page.locator(".number-pad").getByRole("button", { name: d, exact: true }).click();
    await page.getByText("138 1234 5678").waitFor();
    await page.getByRole("button", { name: "饿了么" }).click();
    await page.getByRole("button", { name: "女", exact: true }).click();
    await page.waitForFunction(
      () => !document.querySelector<HTMLButtonElement>(".register-choices .primary")?.disabled,
    );

    // Every control is a finger wide, and the form fits the kiosk standing up and lying down.
    await fits(page, "14-station-register-2");
    await page.setViewportSize(PORTRAIT);
    expect(await axeViolations(page)).toEqual([]);

    // A double tap registers once.
    await submit.dblclick();
    await page.getByRole("status").filter({ hasText: "吴小红，登记好了！请带身份证找站长核实。" }).waitFor();
    const { couriers } = await staff.call<{ couriers: { name: string; platform: string; gender: string }[] }>(
      "GET",
      `/communities/${staff.communityId}/station/couriers?status=pending`,
    );
    expect(couriers.filter((c) => c.name === "吴小红")).toEqual([
      expect.objectContaining({ platform: "eleme", gender: "female" }),
    ]);

    // Done: back at the door, and the next rider gets an empty form.
    await page.getByRole("link", { name: "完成" }).click();
    await page.getByRole("heading", { name: "驿站大门" }).waitFor();
    await page.getByRole("link", { name: "新骑手登记" }).click();
    await page.getByRole("heading", { name: "骑手登记" }).waitFor();
    expect(await page.getByLabel("姓名").inputValue()).toBe("");
    expect(await page.locator(".register-phone").innerText()).toBe("—");

    // The same screen in English, by one tap.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Rider registration" }).waitFor();
    await page.getByRole("button", { name: "Ele.me" }).waitFor();
  }, 90_000);

  it("offers no registration at the exit door, where riders are already inside", async () => {
    const page = await openDoor(stack.browser, DEMO_STATION_EXIT_KIOSK_TOKEN);
    await page.getByRole("button", { name: "紧急求助 SOS" }).waitFor();
    expect(await page.getByRole("link", { name: "新骑手登记" }).count()).toBe(0);
  }, 60_000);
});
