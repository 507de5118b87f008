import { signal } from "@preact/signals";

const RETRY_MS = 2_000;

/** True while the API cannot be reached: the header says so until an answer comes back. */
export const offline = signal(false);
/** An act whose answer was lost waits to be sent again: the banner says it will be, with no tap. */
export const retryPending = signal(false);

let retrying: ReturnType<typeof setInterval> | undefined;
let pendingAct: (() => void) | null = null;

/**
 * The act whose answer was lost (an order, a booking), sent again once when the API answers again.
 * The act keeps its idempotency key, so whether the first try reached the server or not, the
 * server acts once and answers the retry with that one result. The latest lost act replaces any
 * earlier one: one screen, one pending decision.
 */
export function retryWhenBack(act: () => void) {
  pendingAct = act;
  retryPending.value = true;
  if (!offline.peek()) noteUnreachable();
}

/** The person left (完成, idle): nothing of theirs is sent for them afterwards. */
export function dropPendingAct() {
  pendingAct = null;
  retryPending.value = false;
}

/** Any answer from the API, even a refusal, means the network is back: the pending act goes, once. */
export function noteReachable() {
  offline.value = false;
  clearInterval(retrying);
  retrying = undefined;
  const act = pendingAct;
  dropPendingAct();
  act?.();
}

/**
 * A call got no answer: say so, and ask the API's health every two seconds until it answers; then
 * the act that was lost is sent again by itself (retryWhenBack), with its own idempotency key.
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
