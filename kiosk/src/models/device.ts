import { effect, signal } from "@preact/signals";

const STORAGE_KEY = "linli.kioskToken";

/** The kiosk's bearer credential; null until staff pair the device. */
export const deviceToken = signal<string | null>(localStorage.getItem(STORAGE_KEY));

effect(() => {
  if (deviceToken.value) localStorage.setItem(STORAGE_KEY, deviceToken.value);
  else localStorage.removeItem(STORAGE_KEY);
});

/**
 * A provisioning link (/kiosk/?device=TOKEN) pairs the device without the pad. The credential
 * must not stay in the address bar, the history or a screenshot, so it is removed at once.
 */
export function adoptTokenFromUrl() {
  const url = new URL(location.href);
  const token = url.searchParams.get("device");
  if (!token) return;
  deviceToken.value = token;
  url.searchParams.delete("device");
  history.replaceState(history.state, "", url.pathname + url.search + url.hash);
}

export const forgetDevice = () => {
  deviceToken.value = null;
};
