import { copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fakeCameraArgs, writeFaceFrame } from "../support/fake-camera";
import { faces, samplePhoto } from "./support/face-photos";
import { startHarness, type Harness } from "./support/harness-server";
import { launchChromium } from "./support/launch-chromium";

const SAME_PERSON_BELOW = 0.5;
const OTHER_PERSON_ABOVE = 0.6;
const NOTHING = `data:image/svg+xml,${encodeURIComponent("<svg xmlns='http://www.w3.org/2000/svg' width='640' height='480'><rect width='100%' height='100%' fill='#ccc'/></svg>")}`;

let harness: Harness;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  // The fake camera file must exist before Chromium starts, so crop with a first, camera-less browser.
  const cropper = await launchChromium();
  for (const [name, { photo, crop }] of Object.entries(faces)) {
    await writeFaceFrame(cropper, samplePhoto(photo), crop, join(harness.fixtures, `${name}.mjpeg`));
  }
  await cropper.close();
  copyFileSync(
    createRequire(import.meta.url).resolve("@vladmandic/face-api/demo/sample3.jpg"),
    join(harness.fixtures, "group.jpg"),
  );

  browser = await launchChromium(fakeCameraArgs(join(harness.fixtures, "blonde.mjpeg")));
  page = await browser.newPage();
  await page.goto(`${harness.origin}/kiosk/`);
  await page.waitForFunction(() => "harness" in window);
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

const describeImage = (url: string) => page.evaluate((u) => window.harness.describeImage(u), url);

function distance(a: number[], b: number[]) {
  return Math.hypot(...a.map((value, i) => value - b[i]!));
}

async function descriptorOf(name: keyof typeof faces) {
  const { result } = await describeImage(`/fixtures/${name}.mjpeg`);
  if (!result.ok) throw new Error(`no descriptor for ${name}: ${result.reason}`);
  return result.descriptor;
}

describe("face descriptors in the browser (WASM backend)", () => {
  test("the face in front of the camera gives one 128-number descriptor", async () => {
    const first = await page.evaluate(() => window.harness.describeCamera());
    const again = await page.evaluate(() => window.harness.describeCamera());
    console.log(
      `Face descriptor: first ${Math.round(first.ms)} ms (incl. model download + WASM start), then ${Math.round(again.ms)} ms per frame`,
    );
    expect(again.result.ok && again.result.descriptor).toHaveLength(128);
    expect(again.result.ok && again.result.descriptor.every(Number.isFinite)).toBe(true);
  });

  test("the same face at another scale and offset is close; a different person is far", async () => {
    const blonde = await descriptorOf("blonde");
    const sameDistance = distance(blonde, await descriptorOf("blondeCloser"));
    const otherDistance = distance(blonde, await descriptorOf("darkHaired"));
    console.log(`Face distances: same person ${sameDistance.toFixed(3)}, different people ${otherDistance.toFixed(3)}`);
    expect(sameDistance).toBeLessThan(SAME_PERSON_BELOW);
    expect(otherDistance).toBeGreaterThan(OTHER_PERSON_ABOVE);
  });

  test("a picture with several people or with nobody gives a reason instead of a descriptor", async () => {
    expect((await describeImage("/fixtures/group.jpg")).result).toEqual({ ok: false, reason: "several_faces" });
    expect((await describeImage(NOTHING)).result).toEqual({ ok: false, reason: "no_face" });
  });
});
