import { signal } from "@preact/signals";
import { scrubKioskError } from "../../../common/kiosk-heartbeat";

/** The kiosk's last error, as one scrubbed line (no personal data leaves the kiosk); the heartbeat reports it. */
export const lastKioskError = signal<{ message: string; at: number } | null>(null);

export function noteKioskError(error: unknown) {
  const text =
    error instanceof Error ? `${error.name}: ${error.message}` : typeof error === "string" ? error : String(error);
  const message = scrubKioskError(text);
  if (message) lastKioskError.value = { message, at: Date.now() };
}
