import { computed, signal } from "@preact/signals";
import { ApiError, unwrap } from "@ui/api-client";
import { api } from "../api";

export const PLATFORMS = ["meituan", "eleme", "sf", "jd", "other"] as const;
export const GENDERS = ["female", "male"] as const;
export type Platform = (typeof PLATFORMS)[number];
export type Gender = (typeof GENDERS)[number];

const PHONE_LENGTH = 11;

/** The form a rider fills at the station's kiosk: name, phone on the pad, platform and gender by one tap each. */
export const form = {
  name: signal(""),
  phone: signal(""),
  platform: signal<Platform | null>(null),
  gender: signal<Gender | null>(null),
};
export type RegistrationState =
  | { kind: "editing" }
  | { kind: "sending" }
  | { kind: "done"; name: string }
  | { kind: "refused"; code: string };
export const registration = signal<RegistrationState>({ kind: "editing" });

export const phoneValid = computed(() => /^1\d{10}$/.test(form.phone.value));
export const formComplete = computed(
  () =>
    form.name.value.trim().length > 0 &&
    form.name.value.trim().length <= 40 &&
    phoneValid.value &&
    form.platform.value !== null &&
    form.gender.value !== null,
);

export const pressPhoneDigit = (d: string) => {
  if (form.phone.value.length < PHONE_LENGTH) form.phone.value += d;
};
export const deletePhoneDigit = () => void (form.phone.value = form.phone.value.slice(0, -1));
export const clearPhone = () => void (form.phone.value = "");

/** A fresh form for the next rider; nothing of the last one stays on screen. */
export function resetRegistration() {
  form.name.value = "";
  form.phone.value = "";
  form.platform.value = null;
  form.gender.value = null;
  registration.value = { kind: "editing" };
  lastSent = null;
}

// The same answers sent again (a double tap, a retry after a lost answer) reuse their key, so the
// rider is registered once; changed answers are a new request with a new key.
let lastSent: { body: string; key: string } | null = null;

export async function submitRegistration() {
  if (!formComplete.peek() || registration.peek().kind === "sending") return;
  const rider = {
    name: form.name.peek().trim(),
    phone: form.phone.peek(),
    platform: form.platform.peek()!,
    gender: form.gender.peek()!,
  };
  const body = JSON.stringify(rider);
  if (lastSent?.body !== body) lastSent = { body, key: crypto.randomUUID() };
  registration.value = { kind: "sending" };
  try {
    const done = await unwrap(api.kiosk.station.register.$post({ json: { ...rider, idempotencyKey: lastSent.key } }));
    registration.value = { kind: "done", name: done.name };
  } catch (err) {
    registration.value = { kind: "refused", code: err instanceof ApiError ? err.code : "NETWORK" };
  }
}
