import { effect, signal } from "@preact/signals";
import type { Locale } from "@ui/create-i18n";

const STORAGE_KEY = "linli.kioskMuted";
const VOICE_LANG: Record<Locale, string> = { "zh-CN": "zh-CN", en: "en-US" };

export const muted = signal(localStorage.getItem(STORAGE_KEY) === "1");

effect(() => localStorage.setItem(STORAGE_KEY, muted.value ? "1" : "0"));

// Some kiosk browsers ship without speech synthesis; the screen must work silently then.
const synth = () =>
  typeof speechSynthesis === "undefined" || typeof SpeechSynthesisUtterance === "undefined" ? null : speechSynthesis;

/** Says a prompt aloud, replacing whatever was being said; silent when muted. */
export function speak(text: string, locale: Locale) {
  const engine = synth();
  if (!engine || muted.value) return;
  engine.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = VOICE_LANG[locale];
  utterance.rate = 0.85; // slower than default, for older listeners
  engine.speak(utterance);
}

export const stopSpeaking = () => synth()?.cancel();

export function toggleMute() {
  muted.value = !muted.value;
  if (muted.value) stopSpeaking();
}
