import { describe, expect, it } from "vitest";
import { createScanRecogniser, type ScanResult } from "../../kiosk/src/identify/scan-burst";

const PASS = "LP1.q7Hk2mX9vT4sWb8RzN3c";

/** Feeds `text` then Enter with the given gaps before each key (a number: the same gap every key); returns the codes read. */
function feed(
  recognise: (key: string, at: number) => ScanResult,
  text: string,
  gaps: number | number[],
  start = 1_000,
) {
  const keys = [...text, "Enter"];
  const codes: string[] = [];
  let at = start;
  keys.forEach((key, i) => {
    at += typeof gaps === "number" ? gaps : (gaps[i] ?? gaps.at(-1)!);
    const result = recognise(key, at);
    if (result.kind === "code") codes.push(result.code);
  });
  return { codes, endedAt: at };
}

describe("telling a USB scanner from a person typing", () => {
  it("reads a fast scanner's code whole (5 ms a key)", () => {
    expect(feed(createScanRecogniser(), PASS, 5).codes).toEqual([PASS]);
  });

  it("reads a slow scanner's code whole at the default setting (60 ms a key), where the old 50 ms rule cut it", () => {
    expect(feed(createScanRecogniser(), PASS, 60).codes).toEqual([PASS]);
  });

  it("reads a very slow scanner (120 ms a key) once the kiosk's setting is raised for it, and not before", () => {
    expect(feed(createScanRecogniser(), PASS, 120).codes).toEqual([]);
    expect(
      feed(
        createScanRecogniser(() => 150),
        PASS,
        120,
      ).codes,
    ).toEqual([PASS]);
  });

  it("keeps a code whole through one late key (a USB hiccup of 250 ms in a 10 ms burst)", () => {
    const gaps = [...PASS].map((_, i) => (i === 9 ? 250 : 10));
    expect(feed(createScanRecogniser(), PASS, gaps).codes).toEqual([PASS]);
  });

  it("never takes a person typing for a scan, even a fast typist (150 ms a key) ending with Enter", () => {
    const recognise = createScanRecogniser();
    expect(feed(recognise, PASS, 150).codes).toEqual([]);
    expect(feed(recognise, "1234", 100).codes).toEqual([]);
  });

  it("reads a scan that follows typing, without the typed keys in front of it", () => {
    const recognise = createScanRecogniser();
    const typed = feed(recognise, "abc", 300);
    expect(feed(recognise, PASS, 5, typed.endedAt + 2_000).codes).toEqual([PASS]);
  });

  it("ignores Shift between a scanner's capitals, and a burst too short to be a pass", () => {
    const recognise = createScanRecogniser();
    let at = 0;
    const codes: string[] = [];
    for (const key of ["Shift", "L", "Shift", "P", "1", ".", "x", "Y", "Enter"]) {
      const r = recognise(key, (at += 5));
      if (r.kind === "code") codes.push(r.code);
    }
    expect(codes).toEqual(["LP1.xY"]);
    expect(feed(recognise, "ab", 5, at + 1_000).codes).toEqual([]);
  });
});
