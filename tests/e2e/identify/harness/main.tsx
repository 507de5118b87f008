import { render } from "preact";
import { computeDescriptor } from "@ui/face/face-descriptor";
import type { IdentifyRequest, IdentifyResponse } from "../../../../kiosk/src/identify/identify-flow";
import { IdentifyPanel } from "../../../../kiosk/src/identify/identify-panel";
import { startQrCamera } from "../../../../kiosk/src/identify/qr-camera";
import { listenToUsbScanner } from "../../../../kiosk/src/identify/usb-scanner";

/** What the tests call through page.evaluate; each returns plain data (no images leave the page). */
const harness = {
  scanQr: () =>
    new Promise<{ text: string; ms: number }>((resolve, reject) => {
      const started = performance.now();
      const video = document.body.appendChild(document.createElement("video"));
      const stop = startQrCamera({
        video,
        onCode: (text) => {
          stop();
          resolve({ text, ms: performance.now() - started });
        },
        onError: reject,
      });
    }),

  /** Resolves once a reader of its own has read a code `times` times from the camera. */
  readAgain: (times: number) =>
    new Promise<void>((resolve, reject) => {
      let reads = 0;
      const video = document.body.appendChild(document.createElement("video"));
      const stop = startQrCamera({
        video,
        onCode: () => {
          if (++reads < times) return;
          stop();
          video.remove();
          resolve();
        },
        onError: reject,
      });
    }),

  scanned: [] as string[],
  listenToScanner() {
    listenToUsbScanner((code) => harness.scanned.push(code));
  },
  /** Key events as a scanner sends them. Playwright's own typing goes through one CDP round trip
   * per key, which on a busy machine can leave more than 50 ms between keys. */
  async typeLikeScanner(text: string, gapMs = 5) {
    for (const key of [...text, "Enter"]) {
      document.body.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
  },

  async describeCamera() {
    const video = document.body.appendChild(document.createElement("video"));
    video.muted = true;
    video.srcObject = await navigator.mediaDevices.getUserMedia({ video: true });
    await video.play();
    return timed(() => computeDescriptor(video));
  },

  async describeImage(url: string) {
    const image = new Image();
    image.src = url;
    await image.decode();
    return timed(() => computeDescriptor(image));
  },

  requests: [] as IdentifyRequest[],
  /** The panel with a stand-in API that knows one pass. */
  mountPanel(knownCode: string, name: string) {
    const identify = async (request: IdentifyRequest): Promise<IdentifyResponse> => {
      harness.requests.push(request);
      if (request.method === "qr" && request.code === knownCode) return { ok: true, person: { name } };
      return { ok: false, code: "NOT_RECOGNISED" };
    };
    render(
      <IdentifyPanel mode="qr_or_face" identify={identify} onIdentified={() => {}} />,
      document.getElementById("app")!,
    );
  },
};

async function timed<T>(work: () => Promise<T>) {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

declare global {
  interface Window {
    harness: typeof harness;
  }
}
window.harness = harness;
