import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../api/shared/error-codes";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLIENT_CODES = ["NETWORK", "MONEY_FORMAT", "RANGE_INVERTED"]; // ui/api-client.ts ClientErrorCode

/** Every "error.CODE" (or "<area>.error.CODE") key the kiosk's and the admin's catalogues word. */
function wordedCodes() {
  const files = ["kiosk/src/messages", "admin/src/messages"].flatMap((dir) =>
    readdirSync(join(ROOT, dir)).map((f) => join(ROOT, dir, f)),
  );
  files.push(join(ROOT, "ui/shared-messages.ts"));
  return files.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/"(?:[\w-]+\.)?error\.([A-Z][A-Z0-9_]*)"\s*:/g)].map((m) => ({
      file: file.slice(ROOT.length),
      code: m[1]!,
    })),
  );
}

describe("the error-code catalogue", () => {
  it("words only codes the API can send or the screens make themselves", () => {
    const known = new Set<string>([...ErrorCode.options, ...CLIENT_CODES]);
    const worded = wordedCodes();
    expect(worded.length).toBeGreaterThan(30);
    expect(worded.filter((w) => !known.has(w.code))).toEqual([]);
  });

  it("lists each code once", () => {
    expect(new Set(ErrorCode.options).size).toBe(ErrorCode.options.length);
  });
});
