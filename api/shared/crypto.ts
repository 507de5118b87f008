import { sha256 as sha256Bytes } from "@noble/hashes/sha2.js";
import { toBase64Url } from "../../common/base64url";

export { fromBase64Url, toBase64Url } from "../../common/base64url";
// Web Crypto and plain JavaScript only: the same code runs on Node 20 and in workerd.
const encoder = new TextEncoder();

/**
 * A new row's id: a UUID whose first 48 bits are the time in milliseconds (RFC 9562 version 7), the
 * rest the platform's random UUID (74 random bits stay). The index of a table's ids then grows at
 * its end, as the rows do: with random ids every order wrote a page somewhere in each big index,
 * and at a million past orders HTTP orders at 50 connections ran at 1,010/s, p99 318 ms; now
 * 1,196/s, p99 64 ms (bench/orders.ts). Written here rather than taken from the uuid package,
 * whose version 7 asks the system for random bytes on every call: twenty times the CPU of this.
 */
export function newId() {
  const time = Date.now().toString(16).padStart(12, "0");
  return `${time.slice(0, 8)}-${time.slice(8)}-7${crypto.randomUUID().slice(15)}`;
}

/** A random secret of `bytes` bytes (32 = 256 bits), URL-safe. */
export const randomToken = (bytes = 32) => toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));

/**
 * SHA-256 of a token or a request's fingerprint, URL-safe. Computed in JavaScript (@noble/hashes):
 * for inputs this short, Web Crypto's digest costs five times the CPU, most of it in handing the
 * work to another thread and back, and every kiosk call hashes once or twice.
 */
export async function sha256(text: string) {
  return toBase64Url(sha256Bytes(encoder.encode(text)));
}

/** Constant-time comparison so a hash check leaks nothing through timing. */
export function timingSafeEqual(a: string, b: string) {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
