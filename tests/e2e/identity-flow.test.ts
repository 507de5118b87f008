import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KIOSK_TOKEN } from "../../api/seed/demo";
import { faces, samplePhoto } from "./identify/support/face-photos";
import { launchChromium } from "./identify/support/launch-chromium";
import { fakeCameraArgs, writeFaceFrame, writeQrVideo } from "./support/fake-camera";
import { identifyAsKiosk, type StaffApi, stackWithAdmin, kioskCallingStaff } from "./support/flow-staff-api";
import type { Stack } from "./support/stack";
import { PORTRAIT as KIOSK_SCREEN } from "./support/kiosk-fit";
import { typeLikeUsbScanner } from "./support/flow-usb-scanner";

// Screenshots and fake-camera files; kept after the run so a person can look at them.
const OUT = join(tmpdir(), "linli-identity-flow");

let stack: Stack;
let staff: StaffApi;
const cameras: Browser[] = [];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  ({ stack, staff } = await stackWithAdmin());
});
afterAll(async () => {
  await Promise.all(cameras.map((b) => b.close()));
  await stack?.stop();
});

/** Chromium whose camera shows `file`; Chromium reads the file once at launch, hence one browser per file. */
async function kioskWithCamera(file: string, token: string) {
  const browser = await launchChromium(fakeCameraArgs(file));
  cameras.push(browser);
  return openKiosk(browser, token);
}

async function openKiosk(browser: Browser, token: string) {
  const context = await browser.newContext({ viewport: KIOSK_SCREEN });
  const page = await context.newPage();
  await page.goto(`${stack.baseUrl}/kiosk/?device=${token}`);
  await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
  return page;
}

const greeting = (page: Page, name: string) => page.getByRole("heading", { name: `${name}，您好！` });
const feedback = (page: Page) => page.locator(".identify-feedback");
const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`) });

/** Opens the identify panel and waits until the camera shows a picture, as a person would before tapping 刷脸. */
async function openFacePanel(page: Page) {
  await page.getByRole("link", { name: /刷脸/ }).click();
  await page.waitForFunction(() => (document.querySelector("video")?.readyState ?? 0) >= 2);
}

async function tapDoneAndCheckNameGone(page: Page, name: string) {
  await page.getByRole("button", { name: "完成" }).click();
  await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
  expect(await page.locator("body").innerText()).not.toContain(name);
}

describe("identification at the kiosk", () => {
  it("greets the holder of a printed pass shown to the camera by name after tapping scan", async () => {
    const person = staff.resident("刘桂兰");
    const video = join(OUT, "pass-liu.y4m");
    writeQrVideo(video, await staff.issuePass(person));
    const page = await kioskWithCamera(video, DEMO_KIOSK_TOKEN);

    // From the tap (camera still off, scanner code not yet loaded) to the name; how fast: bench/identify-qr.ts.
    await page.locator("a.identify-entry").click();
    await greeting(page, person.name).waitFor();
    // Her balance is on the canteen's button at once, not behind a tap.
    await expect
      .poll(() => page.locator("a.session-order-meal .session-balance").innerText())
      .toMatch(/^饭卡余额 ¥\d+\.\d\d$/);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/session|刘桂兰/);
    await shot(page, "a-session-after-qr");
    await tapDoneAndCheckNameGone(page, person.name);
  }, 60_000);

  it("refuses a card that was replaced by a reissued pass, saying so", async () => {
    const person = staff.resident("陈淑珍");
    const oldCode = await staff.issuePass(person);
    await staff.issuePass(person);
    const video = join(OUT, "pass-chen-old.y4m");
    writeQrVideo(video, oldCode);
    const kiosk = await staff.pairedKiosk("换卡测试机");
    const page = await kioskWithCamera(video, kiosk.token);

    await page.getByRole("link", { name: /扫码/ }).click();
    await expect.poll(() => feedback(page).getAttribute("data-code"), { timeout: 10_000 }).toBe("PASS_REVOKED");
    expect(await feedback(page).innerText()).toContain("换了新的");
    expect(await page.locator("body").innerText()).not.toContain(person.name);
    await shot(page, "b-replaced-pass");
  }, 60_000);

  it("identifies a pass typed by a USB scanner while the welcome screen is shown", async () => {
    const person = staff.resident("杨德福");
    const code = await staff.issuePass(person);
    const kiosk = await staff.pairedKiosk("扫码枪测试机");
    const page = await openKiosk(stack.browser, kiosk.token);
    await typeLikeUsbScanner(page, code);
    await greeting(page, person.name).waitFor();
    await tapDoneAndCheckNameGone(page, person.name);
    await page.context().close();
  }, 60_000);

  it("identifies an enrolled face, refuses another person's face, and refuses the same face once consent is withdrawn", async () => {
    const person = staff.resident("周芳");
    const [fileA, fileB] = [join(OUT, "face-a.mjpeg"), join(OUT, "face-b.mjpeg")];
    await writeFaceFrame(stack.browser, samplePhoto(faces.blonde.photo), faces.blonde.crop, fileA);
    await writeFaceFrame(stack.browser, samplePhoto(faces.darkHaired.photo), faces.darkHaired.crop, fileB);
    await staff.recordFaceConsent(person);
    const kiosk = await staff.pairedKiosk("刷脸测试机");
    const page = await kioskWithCamera(fileA, kiosk.token);
    await openFacePanel(page);
    const faceButton = page.getByRole("button", { name: "刷脸" });

    // Enrolment as the desk does it: the descriptor the kiosk's own face path computes from photo A.
    const firstTry = page.waitForRequest((req) => req.url().endsWith("/api/kiosk/identify"));
    await faceButton.click();
    const { descriptor } = (await firstTry).postDataJSON() as { descriptor: number[] };
    expect(descriptor).toHaveLength(128);
    await expect.poll(() => feedback(page).getAttribute("data-code"), { timeout: 20_000 }).toBe("NOT_RECOGNISED");
    await staff.enrolFace(person, descriptor);

    await faceButton.click();
    await greeting(page, person.name).waitFor({ timeout: 20_000 });
    await shot(page, "d-session-after-face");
    await tapDoneAndCheckNameGone(page, person.name);

    const stranger = await kioskWithCamera(fileB, kiosk.token);
    await openFacePanel(stranger);
    await stranger.getByRole("button", { name: "刷脸" }).click();
    await expect.poll(() => feedback(stranger).getAttribute("data-code"), { timeout: 30_000 }).toBe("NOT_RECOGNISED");
    expect(await stranger.locator("body").innerText()).not.toContain(person.name);
    await shot(stranger, "d-stranger-refused");

    await staff.withdrawFaceConsent(person);
    await openFacePanel(page);
    await faceButton.click();
    await expect.poll(() => feedback(page).getAttribute("data-code"), { timeout: 20_000 }).toBe("NOT_RECOGNISED");
    expect(await page.locator("body").innerText()).not.toContain(person.name);
  }, 120_000);

  it("calls staff with one tap, and greets the person once staff identify them from the admin side", async () => {
    const person = staff.resident("吴强");
    const kiosk = await staff.pairedKiosk("呼叫测试机");
    const page = await openKiosk(stack.browser, kiosk.token);
    await page.getByRole("button", { name: "找工作人员" }).click();
    await page.getByText("已通知工作人员，请稍候").waitFor();
    await shot(page, "e-staff-called");

    await staff.answerCallAt(kiosk.id, person);
    await greeting(page, person.name).waitFor({ timeout: 10_000 });
    expect(await page.getByRole("button", { name: "找工作人员" }).isVisible()).toBe(true);
    await tapDoneAndCheckNameGone(page, person.name);
    await page.context().close();
  }, 60_000);
  it("clears the name and ends the session on the server after 100 s with nobody touching the kiosk", async () => {
    const person = staff.resident("李建国");
    const { kiosk, context, page } = await kioskCallingStaff(stack, staff, "无人操作测试机");
    const claimed = page.waitForResponse(
      async (res) => res.url().endsWith("/claim") && (await res.json()).status === "identified",
    );
    await staff.answerCallAt(kiosk.id, person);
    const { session } = (await (await claimed).json()) as { session: { token: string } };
    await greeting(page, person.name).waitFor();

    await page.clock.runFor(101_000);
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    expect(await page.locator("body").innerText()).not.toContain(person.name);
    const sessionStatus = async () =>
      (
        await fetch(`${stack.baseUrl}/api/kiosk/session`, {
          headers: { authorization: `Bearer ${kiosk.token}`, "x-kiosk-session": session.token },
        })
      ).status;
    await expect.poll(sessionStatus).toBe(401);
    await context.close();
  }, 60_000);
});

describe("phone pass page", () => {
  it("keeps its key, shows a QR the kiosk accepts, and shows a different code after the 30-second step", async () => {
    const person = staff.resident("张秀英");
    const { link } = await staff.issuePhonePass(person);
    const kiosk = await staff.pairedKiosk("手机码测试机");
    const context = await stack.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${stack.baseUrl}${link}`);
    const qr = page.locator("svg[data-code]");
    await qr.waitFor();
    expect(new URL(page.url()).hash).toBe("");
    expect(await page.evaluate(() => localStorage.getItem("linli.phonePass"))).toBe(link.split("#")[1]);
    await shot(page, "f-phone-pass");

    const first = (await qr.getAttribute("data-code"))!;
    const accepted = await identifyAsKiosk(stack.baseUrl, kiosk.token, first);
    expect(accepted.status).toBe(200);
    expect(accepted.body.person?.name).toBe(person.name);

    await page.clock.runFor(61_000);
    await expect.poll(() => qr.getAttribute("data-code")).not.toBe(first);
    expect(await page.getByText(/秒后换新码/).isVisible()).toBe(true);

    // Opened again later from the home screen, without the link: the stored key still works.
    await page.goto(`${stack.baseUrl}/kiosk/phone-pass.html`);
    await qr.waitFor();
    await context.close();
  }, 60_000);
});
