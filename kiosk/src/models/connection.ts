import { signal } from "@preact/signals";

const RETRY_MS = 2_000;

/** True while the API cannot be reached: the header says so until an answer comes back. */
export const offline = signal(false);

let retrying: ReturnType<typeof setInterval> | undefined;

/** Any answer from the API, even a refusal, means the network is back. */
export function noteReachable() {
  offline.value = false;
  clearInterval(retrying);
  retrying = undefined;
}

/**
 * A call got no answer: say so, and ask the API's health every two seconds until it answers. The
 * act that was lost keeps its idempotency key on its screen, so tapping it again once the banner
 * goes asks for the same order or booking, never a second one.
 */
export function noteUnreachable() {
  offline.value = true;
  if (retrying) return;
  retrying = setInterval(() => {
    fetch(`${location.origin}/api/health`).then(
      (res) => res.ok && noteReachable(),
      () => undefined,
    );
  }, RETRY_MS);
}
