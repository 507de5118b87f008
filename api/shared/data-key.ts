import type { Config } from "../env";
import { fromBase64Url, toBase64Url } from "./crypto";
import { DomainError } from "./errors";

// AES-256-GCM with the deployment's data key; a fresh 96-bit IV per value, stored before it.
async function importKey(config: Config) {
  if (!config.dataKey) {
    throw new DomainError(
      "unprocessable",
      "DATA_KEY_MISSING",
      "This deployment has no data key (LINLI_DATA_KEY); face and phone passes are off",
    );
  }
  return crypto.subtle.importKey("raw", fromBase64Url(config.dataKey), "AES-GCM", false, ["encrypt", "decrypt"]);
}

export async function encryptBytes(config: Config, plain: Uint8Array<ArrayBuffer>) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, await importKey(config), plain);
  return `${toBase64Url(iv)}.${toBase64Url(new Uint8Array(sealed))}`;
}

export async function decryptBytes(config: Config, stored: string) {
  const [iv, sealed] = stored.split(".");
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: fromBase64Url(iv ?? "") },
    await importKey(config),
    fromBase64Url(sealed ?? ""),
  );
  return new Uint8Array(plain);
}
