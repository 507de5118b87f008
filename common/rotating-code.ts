// Shared by the server (verifying) and the phone-pass page (showing): pure Web Crypto, no I/O.
import { fromBase64Url, toBase64Url } from "./base64url";

export const ROTATING_PREFIX = "LR1";
export const ROTATING_STEP_MS = 30_000;
export const timeStep = (at: Date) => Math.floor(at.getTime() / ROTATING_STEP_MS);

/** The code for one 30-second step: HMAC-SHA256(secret, step), first 16 bytes. */
export async function rotatingMac(secret: string, step: number) {
  const key = await crypto.subtle.importKey("raw", fromBase64Url(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(String(step)));
  return toBase64Url(new Uint8Array(mac).slice(0, 16));
}

export async function rotatingCode(keyId: string, secret: string, step: number) {
  return `${ROTATING_PREFIX}.${keyId}.${await rotatingMac(secret, step)}`;
}
