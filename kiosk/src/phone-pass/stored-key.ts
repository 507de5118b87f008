const STORAGE_KEY = "linli.phonePass";
const KEY_PATTERN = /^([\w-]+)\.([\w-]+)$/;

export type PhonePassKey = { keyId: string; secret: string };

/**
 * Staff hand the key over once, as a link ending #<keyId>.<secret>. The phone keeps it and the
 * fragment leaves the address bar at once, so it is not bookmarked, shared or shown again.
 * (A fragment is never sent to the server, so it does not reach any log either.)
 */
export function adoptKeyFromUrl() {
  const fragment = location.hash.slice(1);
  if (!KEY_PATTERN.test(fragment)) return;
  localStorage.setItem(STORAGE_KEY, fragment);
  history.replaceState(history.state, "", location.pathname + location.search);
}

export function storedKey(): PhonePassKey | null {
  const match = localStorage.getItem(STORAGE_KEY)?.match(KEY_PATTERN);
  return match ? { keyId: match[1]!, secret: match[2]! } : null;
}
