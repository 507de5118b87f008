import { effect } from "@preact/signals";
import { api } from "../api";
import { deviceToken } from "./device";
import { lastKioskError, noteKioskError } from "./kiosk-errors";

const EVERY_MS = 60_000;
const SOON_MS = 1_000;
/** The build this kiosk runs, named by the build (ui/build/define-app-config.ts). */
const version: string = import.meta.env.LINLI_VERSION ?? "dev";

let timer: ReturnType<typeof setTimeout> | undefined;

async function beat() {
  const sent = lastKioskError.peek();
  if (deviceToken.peek()) {
    try {
      await api.kiosk.heartbeat.$post({
        json: {
          version,
          lastError: sent && {
            message: sent.message,
            secondsAgo: Math.max(0, Math.round((Date.now() - sent.at) / 1000)),
          },
        },
      });
      // Reported once: the server keeps it for staff until a newer one replaces it.
      if (lastKioskError.peek() === sent) lastKioskError.value = null;
    } catch {
      // No network: the offline banner says so, and the next beat carries the error.
    }
  }
  schedule(EVERY_MS);
}

function schedule(ms: number) {
  clearTimeout(timer);
  timer = setTimeout(() => void beat(), ms);
}

/** Say the kiosk is alive now and every minute, with its build, and report a new error soon after it happens. */
export function startHeartbeat() {
  addEventListener("error", (e) => noteKioskError(e.error ?? e.message));
  addEventListener("unhandledrejection", (e) => noteKioskError(e.reason));
  effect(() => {
    if (lastKioskError.value && deviceToken.peek()) schedule(SOON_MS);
  });
  schedule(0);
}
