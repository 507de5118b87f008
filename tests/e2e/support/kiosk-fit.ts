import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { axeViolations } from "./axe";

export const PORTRAIT = { width: 1080, height: 1920 };
export const LANDSCAPE = { width: 1920, height: 1080 };

// Git-ignored (test-results/): the run leaves every screen in both orientations for a person to look at.
export const SCREENS_DIR = fileURLToPath(new URL("../../../test-results/kiosk-screens", import.meta.url));

/**
 * What is wrong with the screen's fit, one readable line each: the page scrolls, the frame's page
 * area scrolls, or something a person must see or tap ends behind the call-staff bar (or off the
 * screen's side). Content inside a ScrollFrame may be scrolled out of view, but the frame itself
 * must end above the bar, and says "更多" when it holds more than it shows.
 */
export function fitProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollHeight > innerHeight + 1) problems.push(`the page is ${doc.scrollHeight} px tall in ${innerHeight}`);
    if (doc.scrollWidth > innerWidth + 1) problems.push(`the page is ${doc.scrollWidth} px wide in ${innerWidth}`);
    const main = document.querySelector("main")!;
    if (main.scrollHeight > main.clientHeight + 1)
      problems.push(`the page area scrolls: ${main.scrollHeight} px of content in ${main.clientHeight}`);
    // A screen's body that holds more than its share spills over the ways out below it.
    for (const body of document.querySelectorAll(".kiosk-screen-body"))
      if (body.scrollHeight > body.clientHeight + 1)
        problems.push(`the screen's body holds ${body.scrollHeight} px in ${body.clientHeight}`);
    const barTop = document.querySelector(".staff-call-bar")?.getBoundingClientRect().top ?? innerHeight;
    const label = (el: Element) => (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40) || el.className;
    const seen =
      "main button, main a[href], main h1, main h2, main input, main [role=status], main [role=alert], .scroll-frame";
    for (const el of document.querySelectorAll(seen)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
      if (el.closest(".scroll-frame-content")) continue;
      if (box.bottom > barTop + 0.5)
        problems.push(`"${label(el)}" ends at ${Math.round(box.bottom)}, the bar at ${barTop}`);
      if (box.right > innerWidth + 0.5 || box.left < -0.5) problems.push(`"${label(el)}" is off the side`);
    }
    for (const frame of document.querySelectorAll<HTMLElement>(".scroll-frame-content")) {
      const more = frame.scrollTop + frame.clientHeight < frame.scrollHeight - 2;
      if (more && !frame.parentElement!.querySelector(".scroll-frame-more"))
        problems.push(`a scroll frame holds more than it shows and says nothing`);
    }
    return problems;
  });
}

/**
 * The screen as it is now, in portrait and in landscape: it fits (fitProblems is empty), axe finds
 * nothing, and both screenshots are saved under SCREENS_DIR as `<name>-portrait.png` / `-landscape.png`.
 * Leaves the page in portrait.
 */
export async function expectScreenFits(page: Page, name: string) {
  mkdirSync(SCREENS_DIR, { recursive: true });
  for (const [orientation, size] of [
    ["landscape", LANDSCAPE],
    ["portrait", PORTRAIT],
  ] as const) {
    await page.setViewportSize(size);
    // Two frames: the resize's layout and any ResizeObserver it set off (a scroll frame's "更多").
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: join(SCREENS_DIR, `${name}-${orientation}.png`) });
    expect({ screen: name, orientation, problems: await fitProblems(page) }).toEqual({
      screen: name,
      orientation,
      problems: [],
    });
  }
  expect(await axeViolations(page)).toEqual([]);
}
