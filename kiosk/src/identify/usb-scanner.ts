import { createScanRecogniser, DEFAULT_MAX_GAP_MS } from "./scan-burst";

export type Unsubscribe = () => void;

/** The kiosk's scanner setting, from the welcome data (LINLI_SCANNER_MAX_GAP_MS on the server). */
export const scannerSetting = { maxGapMs: DEFAULT_MAX_GAP_MS };

/**
 * Listens for a USB barcode scanner acting as a keyboard (see scan-burst.ts for how a scan is told
 * from typing). Slow, human typing is ignored.
 */
export function listenToUsbScanner(onCode: (code: string) => void, target: EventTarget = window): Unsubscribe {
  const recognise = createScanRecogniser(() => scannerSetting.maxGapMs);
  const onKeyDown = (event: Event) => {
    if (!(event instanceof KeyboardEvent)) return;
    const result = recognise(event.key, event.timeStamp);
    if (result.kind !== "code") return;
    // Keep the scanner's Enter from also pressing whatever button has focus.
    event.preventDefault();
    onCode(result.code);
  };
  target.addEventListener("keydown", onKeyDown, { capture: true });
  return () => target.removeEventListener("keydown", onKeyDown, { capture: true });
}
