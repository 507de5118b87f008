import { useSignalEffect } from "@preact/signals";
import { useLayoutEffect, useMemo } from "preact/hooks";
import { locale } from "../../i18n";
import { it } from "../../identify/identify-i18n";
import { createIdentifyFlow, type IdentifyStatus } from "../../identify/identify-flow";
import { listenToUsbScanner } from "../../identify/usb-scanner";
import { identifyAtKiosk } from "../../models/identify-at-kiosk";
import { openSession } from "../../models/kiosk-session";
import { speak } from "../../models/speech";
import "./scanner-listener.css";

/**
 * Many kiosks have a USB scanner that types the pass code: it works on the welcome screen
 * without opening the camera panel. Says what went wrong when a scanned pass is refused.
 */
export function ScannerListener() {
  const flow = useMemo(() => createIdentifyFlow({ identify: identifyAtKiosk, onIdentified: openSession }), []);
  // Layout effect: listening before the welcome screen is painted, so a scan made the moment it
  // appears does not lose its first characters (a plain effect waits for the next frame).
  useLayoutEffect(() => listenToUsbScanner(flow.submitCode), []);
  useSignalEffect(() => {
    const text = statusText(flow.status.value);
    if (text) speak(text, locale.peek());
  });
  const status = flow.status.value;
  return (
    <p
      class={`scanner-feedback is-${status.kind}`}
      role="status"
      aria-live="assertive"
      data-code={status.kind === "refused" ? status.code : undefined}
    >
      {statusText(status)}
    </p>
  );
}

function statusText(status: IdentifyStatus) {
  if (status.kind === "refused") return it(status.message);
  if (status.kind === "checking") return it("identify.checking");
  return "";
}
