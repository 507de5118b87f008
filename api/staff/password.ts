import { fromBase64Url, timingSafeEqual, toBase64Url } from "../shared/crypto";

// PBKDF2-HMAC-SHA256 through Web Crypto, so Node and Workers share one scheme. Workers refuse
// more than 100,000 iterations, below OWASP's 600,000 for this hash; we take the cap, a 128-bit
// salt per password, and keep the parameters in the stored string so a later, stronger scheme
// can rehash on the next successful sign-in (see needsRehash).
export const PASSWORD_ITERATIONS = 100_000;
const SCHEME = "pbkdf2-sha256";

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(password), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, 256);
  return toBase64Url(new Uint8Array(bits));
}

export async function hashPassword(password: string) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return `${SCHEME}$${PASSWORD_ITERATIONS}$${toBase64Url(salt)}$${await derive(password, salt, PASSWORD_ITERATIONS)}`;
}

export async function verifyPassword(password: string, stored: string) {
  const [scheme, iterations, salt, hash] = stored.split("$");
  if (scheme !== SCHEME || !iterations || !salt || !hash) return false;
  return timingSafeEqual(await derive(password, fromBase64Url(salt), Number(iterations)), hash);
}

export const needsRehash = (stored: string) => !stored.startsWith(`${SCHEME}$${PASSWORD_ITERATIONS}$`);

/** A hash of nothing, checked when the username is unknown so both paths take the same time. */
export const DUMMY_HASH = `${SCHEME}$${PASSWORD_ITERATIONS}$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
