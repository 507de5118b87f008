import type { Page } from "playwright-core";

const FAST_SCANNER_GAP_MS = 5;

/**
 * Types `text` and Enter as a USB barcode scanner does: real (trusted) key events `gapMs` apart
 * (5 ms, a fast scanner, unless told; a slow scanner's 60 ms, or a person's 200 ms).
 * Playwright's keyboard.type waits for a round trip per key, which on a busy machine leaves
 * 50–90 ms between some keys — human speed, which the kiosk rightly ignores — so the events go
 * through the DevTools protocol, stamped with a scanner's timing, which Chromium keeps as the
 * events' timeStamp. Not on a page with page.clock installed: the fake clock re-times events
 * by their (uneven) delivery.
 */
export async function typeLikeUsbScanner(page: Page, text: string, gapMs = FAST_SCANNER_GAP_MS) {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  const press = (key: string, at: number, extra: Record<string, unknown>) =>
    (["keyDown", "keyUp"] as const).map((type, i) =>
      cdp.send("Input.dispatchKeyEvent", {
        type,
        key,
        timestamp: at + i * 0.001,
        ...(type === "keyDown" ? extra : {}),
      }),
    );
  const keys = [...text].map((ch) => [ch, { text: ch }] as const);
  await Promise.all(
    [...keys, ["Enter", { code: "Enter", windowsVirtualKeyCode: 13, text: "\r" }] as const].flatMap(([key, extra], i) =>
      press(key, start + (i * gapMs) / 1000, extra),
    ),
  );
  await cdp.detach();
}
