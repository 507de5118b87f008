import { timingSafeEqual, toBase64Url } from "../shared/crypto";

/** A command older (or further ahead) than this is refused by the controller. */
export const RELAY_WINDOW_MS = 30_000;
/** Waits before each retry when the controller does not answer; a door that takes longer is a failure. */
export const RELAY_BACKOFF_MS = [0, 250, 1000] as const;
export const RELAY_TIMEOUT_MS = 3000;

export type RelayCommand = { door: string; timestamp: number; nonce: string };
export type SignedRelayCommand = RelayCommand & { signature: string };

const encoder = new TextEncoder();

/** What is signed: the three fields in a fixed order, so no field can be moved into another. */
export const relayMessage = (c: RelayCommand) => `${c.timestamp}.${c.nonce}.${c.door}`;

export async function signRelay(secret: string, c: RelayCommand): Promise<SignedRelayCommand> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(relayMessage(c)));
  return { ...c, signature: toBase64Url(new Uint8Array(mac)) };
}

export type RelayVerdict = "ok" | "bad_signature" | "stale" | "replayed" | "wrong_door";

/**
 * The controller's check: the right door, a valid signature, within the window, and a nonce never
 * seen. `seen` holds the nonces accepted within the window (older ones are stale anyway).
 */
export async function verifyRelay(
  secret: string,
  door: string,
  c: SignedRelayCommand,
  now: number,
  seen: ReadonlySet<string>,
): Promise<RelayVerdict> {
  if (c.door !== door) return "wrong_door";
  const expected = await signRelay(secret, c);
  if (!timingSafeEqual(expected.signature, c.signature)) return "bad_signature";
  if (Math.abs(now - c.timestamp) > RELAY_WINDOW_MS) return "stale";
  if (seen.has(c.nonce)) return "replayed";
  return "ok";
}

/** Retry a controller that did not answer or failed inside; a refusal (4xx) is an answer, not retried. */
export const shouldRetry = (status: number | null) => status === null || status >= 500;
