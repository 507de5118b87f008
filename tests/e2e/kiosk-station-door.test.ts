import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_DOORS, DEMO_STATION_KIOSK_TOKEN, DEMO_STATION_SERVICE_KIOSK_TOKEN } from "../../api/seed/demo-station";
import { verifyRelay } from "../../api/station/relay-rules";
import { startDoorController } from "../../scripts/door-controller";
import { launchChromium } from "./identify/support/launch-chromium";
import { signIn } from "./support/admin";
import { axeViolations } from "./support/axe";
import { fakeCameraArgs, writeQrVideo } from "./support/fake-camera";
import { type StaffApi, stackWithAdmin } from "./support/flow-staff-api";
import { typeLikeUsbScanner } from "./support/flow-usb-scanner";
import type { Stack } from "./support/stack";

const OUT = join(tmpdir(), "linli-kiosk-station");

describe("the station's door kiosk", () => {
  let stack: Stack;
  let staff: StaffApi;
  let camera: Browser | undefined;
  let controller: Awaited<ReturnType<typeof startDoorController>>;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    // The demo's station door, on a controller of the test's own (the demo's port may be taken).
    controller = await startDoorController({ doors: { [DEMO_DOORS.station.id]: DEMO_DOORS.station.secret } });
    ({ stack, staff } = await stackWithAdmin());
    await staff.call("PUT", `/communities/${staff.communityId}/station/doors/${DEMO_DOORS.station.id}/relay`, {
      webhookUrl: controller.url,
      secret: DEMO_DOORS.station.secret,
    });
  });
  afterAll(async () => {
    await camera?.close();
    await stack?.stop();
    await controller?.stop();
  });

  it("opens for a rider's pass held to the camera: one correctly signed command to the relay, and one more inside on the keeper's page", async () => {
    const rider = await staff.courier("马骏");
    const code = await staff.issuePass(rider);

    // The keeper's live page, before the rider arrives.
    const keeper = await (await stack.browser.newContext({ bypassCSP: true, locale: "zh-CN" })).newPage();
    await signIn(keeper, stack.baseUrl, "station");
    await keeper.goto(`${stack.baseUrl}/admin/station`);
    const inside = keeper.getByTestId("station-inside");
    await inside.waitFor();
    const before = Number(await inside.innerText());

    const video = join(OUT, "pass-ma.y4m");
    writeQrVideo(video, code);
    camera = await launchChromium(fakeCameraArgs(video));
    const door = await (
      await camera.newContext({ viewport: { width: 1080, height: 1920 }, bypassCSP: true })
    ).newPage();
    await door.goto(`${stack.baseUrl}/kiosk/?device=${DEMO_STATION_KIOSK_TOKEN}`);
    await door.getByRole("heading", { name: "驿站大门" }).waitFor();
    // No tap: the pass in front of the camera opens the door.
    await door.locator('.door-feedback[data-state="opened"]').waitFor({ timeout: 30_000 });
    expect(await door.locator(".door-feedback").innerText()).toBe("马骏，欢迎！门已打开");
    await door.screenshot({ path: join(OUT, "door-opened.png") });

    const opened = controller.opened();
    expect(opened).toHaveLength(1);
    const { command } = opened[0]!;
    expect(command.door).toBe(DEMO_DOORS.station.id);
    expect(await verifyRelay(DEMO_DOORS.station.secret, command.door, command, command.timestamp, new Set())).toBe(
      "ok",
    );
    expect(await controller.send(command)).toEqual({ status: 409, verdict: "replayed" });

    // The keeper's page catches up within its refresh; the pass still in view opened nothing more.
    await expect
      .poll(async () => Number(await inside.innerText()), { timeout: 20_000, interval: 500 })
      .toBe(before + 1);
    expect(controller.opened()).toHaveLength(1);
    expect(await axeViolations(door)).toEqual([]);
    await keeper.getByRole("table", { name: "按星期" }).waitFor();
    expect(await axeViolations(keeper)).toEqual([]);
  }, 90_000);

  it("books a shower for a rider at the station's service kiosk in two taps after a scan, with the slot and its cleaning", async () => {
    const rider = await staff.courier("何静");
    const code = await staff.issuePass(rider);
    const page = await (
      await stack.browser.newContext({ viewport: { width: 1080, height: 1920 }, bypassCSP: true })
    ).newPage();
    await page.goto(`${stack.baseUrl}/kiosk/?device=${DEMO_STATION_SERVICE_KIOSK_TOKEN}`);
    await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
    await typeLikeUsbScanner(page, code);
    await page.getByRole("heading", { name: "何静，您好！" }).waitFor();
    await page.getByRole("link", { name: "淋浴间" }).click();
    await page.getByRole("heading", { name: "淋浴间" }).waitFor();
    // The rules line comes with the showers' own answer, after the heading: wait for it, do not sample.
    await page.getByText("每次 20 分钟，之后清洁 10 分钟").waitFor();
    await page.getByRole("button", { name: "现在就用" }).first().click();
    await page.getByRole("status").filter({ hasText: "预约好了" }).waitFor();
    await page.getByRole("button", { name: "开始淋浴" }).click();
    await page.getByRole("status").filter({ hasText: "请开始淋浴" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  }, 90_000);
});
