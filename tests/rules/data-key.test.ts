import { describe, expect, it } from "vitest";
import { parseConfig } from "../../api/env";
import { randomToken } from "../../api/shared/crypto";
import { decryptBytes, encryptBytes } from "../../api/shared/data-key";

const configWith = (dataKey: string) => parseConfig({ LINLI_DATA_KEY: dataKey });
const bytes = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe("the data key and its rotation", () => {
  const [oldKey, newKey] = [randomToken(32), randomToken(32)];

  it("keeps values sealed by a key without an id readable once a named key is put first", async () => {
    const before = await encryptBytes(configWith(oldKey), bytes("descriptor"));
    expect(before.split(".")).toHaveLength(2);
    const rotated = configWith(`k2:${newKey},${oldKey}`);
    expect(text(await decryptBytes(rotated, before))).toBe("descriptor");
  });

  it("seals new values with the first key, named in the value, and opens them with that key alone", async () => {
    const sealed = await encryptBytes(configWith(`k2:${newKey},${oldKey}`), bytes("phone key"));
    expect(sealed.startsWith("k2.")).toBe(true);
    expect(text(await decryptBytes(configWith(`k2:${newKey}`), sealed))).toBe("phone key");
    await expect(decryptBytes(configWith(oldKey), sealed)).rejects.toThrow(/No data key "k2"/);
  });

  it("refuses a list whose entries are not 32-byte keys", () => {
    expect(() => configWith(`k2:${newKey},short`)).toThrow();
    expect(() => configWith(`bad.id:${newKey}`)).toThrow();
  });
});
