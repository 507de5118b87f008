import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { faces, samplePhoto } from "./identify/support/face-photos";
import { launchChromium } from "./identify/support/launch-chromium";
import { signIn } from "./support/admin";
import { fakeCameraArgs, writeFaceFrame } from "./support/fake-camera";
import { startStack, type Stack } from "./support/stack";

let stack: Stack;
let camera: Browser;
let page: Page;
let dir: string;

// The desk webcam is Chromium's fake camera showing one face from face-api's sample photos.
beforeAll(async () => {
  stack = await startStack();
  dir = mkdtempSync(join(tmpdir(), "linli-admin-face-"));
  const video = join(dir, "face.mjpeg");
  await writeFaceFrame(stack.browser, samplePhoto(faces.blonde.photo), faces.blonde.crop, video);
  camera = await launchChromium(fakeCameraArgs(video));
  const context = await camera.newContext({ bypassCSP: true, locale: "zh-CN", permissions: ["camera"] });
  page = await context.newPage();
}, 60_000);
afterAll(async () => {
  await camera?.close();
  await stack?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("face entry at the desk", () => {
  it("records consent, enrols the face from the webcam, and deletes it when consent is withdrawn", async () => {
    await signIn(page, stack.baseUrl, "admin");
    await page.getByRole("link", { name: "人员", exact: true }).click();
    await page.getByRole("link", { name: "周芳 的刷脸登记" }).click();

    const consent = page.getByRole("form", { name: "第一步：单独同意" });
    expect(await consent.getByLabel("同意人").inputValue()).toBe("周芳");
    await consent.getByRole("button", { name: "记录同意" }).click();
    expect(await page.getByRole("heading", { name: "第二步：采集" }).count()).toBe(0); // the checkbox is required
    await consent.getByLabel(/取得其单独、明确的同意/).check();
    await consent.getByRole("button", { name: "记录同意" }).click();

    const capture = page.getByRole("button", { name: "采集" });
    await page.getByText("已同意，待采集").waitFor();
    const uploads: string[] = [];
    page.on("request", (req) => req.method() === "POST" && uploads.push(req.postData() ?? ""));
    await capture.click(); // waits until the camera is playing and the button is enabled
    await page.getByText("已开通", { exact: true }).waitFor({ timeout: 60_000 });
    const enrol = uploads.find((body) => body.includes("descriptor"));
    expect(JSON.parse(enrol!).descriptor).toHaveLength(128);
    expect(uploads.join("")).not.toMatch(/data:image|base64/);

    await page.getByRole("button", { name: "撤回同意" }).click();
    await page.getByRole("button", { name: "确定撤回" }).click();
    await page.getByRole("status").filter({ hasText: "已撤回同意" }).waitFor();
    await page.getByText("未开通", { exact: true }).waitFor();
  }, 120_000);
});
