import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fakeCameraArgs, writeQrVideo } from "../support/fake-camera";
import { startHarness, type Harness } from "./support/harness-server";
import { launchChromium } from "./support/launch-chromium";

// Shaped like a real pass secret: 128 random bits, base64url.
const PASS = "q7Zt0XbWJ4m9uN2cVdLr8A";

let harness: Harness;
let browser: Browser;

beforeAll(async () => {
  harness = await startHarness();
  const video = join(harness.fixtures, "pass.y4m");
  writeQrVideo(video, PASS);
  browser = await launchChromium(fakeCameraArgs(video));
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

async function openHarness(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${harness.origin}/kiosk/`);
  await page.waitForFunction(() => "harness" in window);
  return page;
}

describe("QR passes from the camera", () => {
  test("the pass held up to the camera is decoded to its exact text", async () => {
    const page = await openHarness();
    // How fast: bench/identify-qr.ts.
    const { text } = await page.evaluate(() => window.harness.scanQr());
    expect(text).toBe(PASS);
  });
});

describe("USB barcode scanner", () => {
  test("a code typed scanner-fast and ended with Enter is captured; a code typed by hand is not", async () => {
    const page = await openHarness();
    await page.evaluate(() => window.harness.listenToScanner());
    await page.evaluate((code) => window.harness.typeLikeScanner(code), PASS);
    await page.keyboard.type("HUMAN1234", { delay: 120 });
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => window.harness.scanned)).toEqual([PASS]);
  });
});

describe("identify panel", () => {
  test("greets the pass holder by name once the camera reads their pass", async () => {
    const page = await openHarness();
    await page.evaluate((code) => window.harness.mountPanel(code, "王秀英"), PASS);
    await expect.poll(() => page.locator(".identify-feedback").textContent()).toBe("王秀英，您好！");
    expect(await page.evaluate(() => window.harness.requests)).toEqual([{ method: "qr", code: PASS }]);
  });

  test("refuses an unknown pass in words, and asks the API only once while it stays in view", async () => {
    const page = await openHarness();
    await page.evaluate(() => window.harness.mountPanel("another-pass", "nobody"));
    const feedback = page.locator(".identify-feedback");
    await expect.poll(() => feedback.getAttribute("data-code")).toBe("NOT_RECOGNISED");
    expect(await feedback.textContent()).toBe("没有认出您。请用通行码，或找工作人员。");
    // The pass stays in view: wait until a second reader on the same camera has read it three more
    // times (at the panel's own pace), so the panel's reader has had as many chances to ask again.
    await page.evaluate(() => window.harness.readAgain(3));
    expect(await page.evaluate(() => window.harness.requests)).toEqual([{ method: "qr", code: PASS }]);
  });

  test("offers face entry with a button at least 72 px tall", async () => {
    const page = await openHarness();
    await page.evaluate(() => window.harness.mountPanel("another-pass", "nobody"));
    const box = await page.getByRole("button", { name: "刷脸" }).boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(72);
  });
});
