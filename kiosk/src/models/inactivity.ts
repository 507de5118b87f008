import { signal } from "@preact/signals";

/** How long a kiosk waits, from the API's welcome data (the server's session limit decides them). */
export type IdleTimings = { resetSeconds: number; warnSeconds: number; keepAliveSeconds: number };

// Until the welcome data arrives; the same figures the API serves today.
let timings: IdleTimings = { resetSeconds: 100, warnSeconds: 20, keepAliveSeconds: 10 };

/** True once nobody has touched the kiosk for the reset time; any touch or key makes it false again. */
export const idle = signal(false);
/** Seconds left before the reset, while the "我还需要时间" warning shows; null otherwise. */
export const idleLeft = signal<number | null>(null);

let warnTimer: ReturnType<typeof setTimeout> | undefined;
let countdown: ReturnType<typeof setInterval> | undefined;
let onActivity: (keepAliveMs: number) => void = () => undefined;

/** Taken at the next touch; the figures before the welcome data came are the same today. */
export function setIdleTimings(next: IdleTimings) {
  timings = next;
}

function startWarning() {
  idleLeft.value = timings.warnSeconds;
  countdown = setInterval(() => {
    const left = (idleLeft.peek() ?? 1) - 1;
    if (left > 0) {
      idleLeft.value = left;
      return;
    }
    clearInterval(countdown);
    idleLeft.value = null;
    idle.value = true;
  }, 1000);
}

export function noteActivity() {
  idle.value = false;
  idleLeft.value = null;
  clearTimeout(warnTimer);
  clearInterval(countdown);
  warnTimer = setTimeout(startWarning, (timings.resetSeconds - timings.warnSeconds) * 1000);
  onActivity(timings.keepAliveSeconds * 1000);
}

/**
 * A finger on the screen while the warning shows stops the countdown, but the warning stays until
 * the finger lifts: taken away at once, the tap meant for "我还需要时间" would land on whatever
 * button lies beneath it.
 */
function onPointerDown() {
  if (idleLeft.peek() === null) return noteActivity();
  clearInterval(countdown);
}

function onPointerUp() {
  if (idleLeft.peek() !== null) setTimeout(noteActivity, 0);
}

/**
 * Capture phase, so a component that stops propagation still counts as activity. `activity` is
 * told of each touch (with the keepalive step), so the server's session lives as long as she taps.
 */
export function watchActivity(activity: (keepAliveMs: number) => void = () => undefined) {
  onActivity = activity;
  const options = { capture: true, passive: true };
  addEventListener("pointerdown", onPointerDown, options);
  addEventListener("pointerup", onPointerUp, options);
  addEventListener("keydown", noteActivity, options);
  noteActivity();
}
