import { computed, signal } from "@preact/signals";
import { unwrap } from "@ui/api-client";
import { api } from "../api";

export const PICKUP_CODE_LENGTH = 8;

/** What a person collecting a child with a pickup code has typed, and what came of it. */
export const pickupCode = signal("");
export const pickupBusy = signal(false);
export const pickupResult = signal<{ kind: "done" } | { kind: "error"; error: unknown } | null>(null);
export const pickupComplete = computed(() => pickupCode.value.length === PICKUP_CODE_LENGTH);

export function pressPickupDigit(digit: string) {
  if (pickupCode.value.length < PICKUP_CODE_LENGTH) pickupCode.value += digit;
  pickupResult.value = null;
}
export const deletePickupDigit = () => {
  pickupCode.value = pickupCode.value.slice(0, -1);
};
export const clearPickupCode = () => {
  pickupCode.value = "";
  pickupResult.value = null;
};

/** The code works once; the API judges it (and counts wrong ones), the screen only says what it answered. */
export async function collectWithCode() {
  if (!pickupComplete.value || pickupBusy.value) return;
  pickupBusy.value = true;
  try {
    await unwrap(api.kiosk["baby-room"].pickup.$post({ json: { code: pickupCode.value } }));
    pickupResult.value = { kind: "done" };
  } catch (error) {
    pickupResult.value = { kind: "error", error };
  } finally {
    pickupCode.value = "";
    pickupBusy.value = false;
  }
}
