import type { Config } from "../env";
import { fromBase64Url, toBase64Url } from "./crypto";
import { DomainError } from "./errors";

// AES-256-GCM with the deployment's data key; a fresh 96-bit IV per value, stored before it.
//
// LINLI_DATA_KEY is one key, or a comma-separated list of `id:key` entries for rotation: the first
// encrypts, every one decrypts. A value is stored as `id.iv.sealed`, so it names the key that sealed
// it; a value from before key ids (`iv.sealed`) was sealed by the entry written without an id. To
// rotate, put a new named key first and keep the old one listed: `k2:<new>,<old>`.

export type DataKeyring = { current: { id: string | null; key: string }; byId: Map<string | null, string> };

export function parseDataKeys(raw: string): DataKeyring {
  const entries = raw.split(",").map((entry) => {
    const at = entry.lastIndexOf(":");
    return at < 0
      ? { id: null, key: entry.trim() }
      : { id: entry.slice(0, at).trim(), key: entry.slice(at + 1).trim() };
  });
  return { current: entries[0]!, byId: new Map(entries.map((e) => [e.id, e.key])) };
}

function keyring(config: Config) {
  if (!config.dataKey) {
    throw new DomainError(
      "unprocessable",
      "DATA_KEY_MISSING",
      "This deployment has no data key (LINLI_DATA_KEY); face and phone passes are off",
    );
  }
  return parseDataKeys(config.dataKey);
}

const importKey = (key: string) =>
  crypto.subtle.importKey("raw", fromBase64Url(key), "AES-GCM", false, ["encrypt", "decrypt"]);

export async function encryptBytes(config: Config, plain: Uint8Array<ArrayBuffer>) {
  const { current } = keyring(config);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, await importKey(current.key), plain);
  const value = `${toBase64Url(iv)}.${toBase64Url(new Uint8Array(sealed))}`;
  return current.id === null ? value : `${current.id}.${value}`;
}

export async function decryptBytes(config: Config, stored: string) {
  const parts = stored.split(".");
  const [id, iv, sealed] = parts.length === 3 ? parts : [null, ...parts];
  const key = keyring(config).byId.get(id ?? null);
  if (!key) throw new Error(`No data key ${id === null ? "without an id" : `"${id}"`} in LINLI_DATA_KEY`);
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: fromBase64Url(iv ?? "") },
    await importKey(key),
    fromBase64Url(sealed ?? ""),
  );
  return new Uint8Array(plain);
}
