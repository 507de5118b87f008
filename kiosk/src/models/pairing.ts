import { computed, signal } from "@preact/signals";
import { api } from "../api";
import { unwrap } from "@ui/api-client";
import { deviceToken } from "./device";

export const CODE_LENGTH = 8;

export const code = signal("");
export const pairing = signal(false);
export const pairingError = signal<unknown>(null);
export const codeComplete = computed(() => code.value.length === CODE_LENGTH);

export function pressDigit(digit: string) {
  if (code.value.length < CODE_LENGTH) code.value += digit;
  pairingError.value = null;
}

export const deleteDigit = () => {
  code.value = code.value.slice(0, -1);
};

export const clearCode = () => {
  code.value = "";
};

export async function submitCode() {
  // A double tap must not send the (single-use) code twice.
  if (!codeComplete.value || pairing.value) return;
  pairing.value = true;
  pairingError.value = null;
  try {
    const { token } = await unwrap(api.kiosk.pair.$post({ json: { code: code.value } }));
    deviceToken.value = token;
  } catch (err) {
    pairingError.value = err;
  } finally {
    code.value = "";
    pairing.value = false;
  }
}
