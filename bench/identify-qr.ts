// How long a person waits to be greeted after showing a printed pass, in headless Chromium with a
// fake camera playing a QR video (needs `npm run build` and /usr/bin/chromium):
// - the camera reader alone: decoder import + camera start + first decode (tests/e2e/identify harness);
// - the real kiosk: from tapping 扫码 / 刷脸 (camera off, scanner code not yet loaded) to the name on
//   screen, through the real server and API.
// The goal is under 1 s for the reader and 1.5 s for the kiosk; the functional tests check that it
// works, this prints how fast.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_KIOSK_TOKEN } from "../api/seed/demo";
import { startHarness } from "../tests/e2e/identify/support/harness-server";
import { launchChromium } from "../tests/e2e/identify/support/launch-chromium";
import { fakeCameraArgs, writeQrVideo } from "../tests/e2e/support/fake-camera";
import { signInAsAdmin } from "../tests/e2e/support/flow-staff-api";
import { startStack } from "../tests/e2e/support/stack";

const RUNS = 3;
type Harnessed = { harness: { scanQr: () => Promise<{ text: string; ms: number }> } };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const dir = mkdtempSync(join(tmpdir(), "linli-bench-identify-"));

async function readerAlone() {
  const harness = await startHarness();
  const video = join(harness.fixtures, "pass.y4m");
  writeQrVideo(video, "q7Zt0XbWJ4m9uN2cVdLr8A");
  const browser = await launchChromium(fakeCameraArgs(video));
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.goto(`${harness.origin}/kiosk/`);
      await page.waitForFunction(() => "harness" in window);
      times.push((await page.evaluate(() => (window as unknown as Harnessed).harness.scanQr())).ms);
      await page.close();
    }
  } finally {
    await browser.close();
    await harness.close();
  }
  return times;
}

async function kioskPassToName() {
  const stack = await startStack();
  const times: number[] = [];
  try {
    const staff = await signInAsAdmin(stack.baseUrl);
    for (let i = 0; i < RUNS; i++) {
      const person = staff.resident("刘桂兰");
      const video = join(dir, `pass-${i}.y4m`);
      writeQrVideo(video, await staff.issuePass(person));
      // Chromium reads the camera file once at launch: one browser per pass.
      const browser = await launchChromium(fakeCameraArgs(video));
      try {
        const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
        await page.goto(`${stack.baseUrl}/kiosk/?device=${DEMO_KIOSK_TOKEN}`);
        await page.getByRole("heading", { name: "您好，欢迎！" }).waitFor();
        const ms = await page.evaluate(
          () =>
            new Promise<number>((resolve, reject) => {
              const started = performance.now();
              new MutationObserver((_, observer) => {
                if (!document.querySelector(".session-greeting")) return;
                observer.disconnect();
                resolve(performance.now() - started);
              }).observe(document.body, { childList: true, subtree: true });
              setTimeout(() => reject(new Error("no greeting 20 s after tapping scan")), 20_000);
              document.querySelector<HTMLElement>("a.identify-entry")!.click();
            }),
        );
        times.push(ms);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await stack.stop();
  }
  return times;
}

const reader = await readerAlone();
console.log(
  `QR camera reader: first decode in ${reader.map(Math.round).join(", ")} ms (median ${Math.round(median(reader))}; goal < 1000)`,
);
const kiosk = await kioskPassToName();
console.log(
  `kiosk: 扫码 tap to name on screen in ${kiosk.map(Math.round).join(", ")} ms (median ${Math.round(median(kiosk))}; goal < 1500)`,
);
