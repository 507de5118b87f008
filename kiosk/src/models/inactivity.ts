import { signal } from "@preact/signals";

const IDLE_MS = 60_000;

/** True once nobody has touched the kiosk for IDLE_MS; any touch or key makes it false again. */
export const idle = signal(false);

let timer: ReturnType<typeof setTimeout> | undefined;

export function noteActivity() {
  idle.value = false;
  clearTimeout(timer);
  timer = setTimeout(() => {
    idle.value = true;
  }, IDLE_MS);
}

/** Capture phase, so a component that stops propagation still counts as activity. */
export function watchActivity() {
  for (const type of ["pointerdown", "keydown"] as const) {
    addEventListener(type, noteActivity, { capture: true, passive: true });
  }
  noteActivity();
}
