import { computed, effect, signal } from "@preact/signals";
// The same pure Web Crypto code the server verifies with, so the two can never disagree.
import { ROTATING_STEP_MS, rotatingCode, timeStep } from "../../../common/rotating-code";
import type { PhonePassKey } from "./stored-key";

/** The code to show now, the seconds until it changes, and whether making it failed. */
export function createRotatingPass(key: PhonePassKey) {
  const now = signal(Date.now());
  const code = signal<string | null>(null);
  const failed = signal(false);
  const step = computed(() => timeStep(new Date(now.value)));
  const secondsLeft = computed(() => Math.ceil((ROTATING_STEP_MS - (now.value % ROTATING_STEP_MS)) / 1000));

  const stopCode = effect(() => {
    const wanted = step.value;
    rotatingCode(key.keyId, key.secret, wanted).then(
      (next) => {
        // A slow hash for an old step must not replace the newer code.
        if (step.peek() === wanted) code.value = next;
      },
      () => (failed.value = true),
    );
  });

  // Ticks on each whole second, so the countdown and the step boundary are never late by a tick.
  let timer: ReturnType<typeof setTimeout>;
  const tick = () => {
    now.value = Date.now();
    timer = setTimeout(tick, 1000 - (now.value % 1000));
  };
  tick();

  const stop = () => {
    clearTimeout(timer);
    stopCode();
  };
  return { code, failed, secondsLeft, stop };
}
