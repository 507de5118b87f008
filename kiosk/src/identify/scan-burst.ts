/** A scanner's keys arrive on average at most this far apart; a person types far slower. */
export const DEFAULT_MAX_GAP_MS = 80;
// Shorter bursts are more likely a fast double key press than a pass.
const MIN_LENGTH = 4;
// One late key (a USB hiccup) may take this many average gaps without cutting the code.
const HICCUP_FACTOR = 4;
const TERMINATORS = new Set(["Enter", "Tab"]);

export type ScanResult = { kind: "code"; code: string } | { kind: "none" };

/**
 * Tells a USB scanner acting as a keyboard from a person typing, key by key (pure: keys and their
 * times in, a code out). A scan is a burst of printable keys ended by Enter (or Tab) whose keys came
 * on average no more than `maxGapMs` apart; one late key of up to four times that does not cut it,
 * a longer pause starts a new burst. `maxGapMs` is a setting: slow scanners need it raised.
 */
export function createScanRecogniser(maxGapMs: () => number = () => DEFAULT_MAX_GAP_MS) {
  let buffer = "";
  let startedAt = 0;
  let lastAt = Number.NEGATIVE_INFINITY;

  const reset = () => {
    buffer = "";
    lastAt = Number.NEGATIVE_INFINITY;
  };

  return (key: string, at: number): ScanResult => {
    const gap = maxGapMs();
    if (TERMINATORS.has(key)) {
      const keys = buffer.length;
      const code = buffer;
      const mean = keys > 0 ? (at - startedAt) / keys : Number.POSITIVE_INFINITY;
      const ended = at - lastAt <= gap * HICCUP_FACTOR;
      reset();
      return keys >= MIN_LENGTH && ended && mean <= gap ? { kind: "code", code } : { kind: "none" };
    }
    // Shift and other modifiers the scanner sends around capitals neither add nor break.
    if (key.length !== 1) return { kind: "none" };
    if (at - lastAt > gap * HICCUP_FACTOR) {
      buffer = "";
      startedAt = at;
    }
    buffer += key;
    lastAt = at;
    return { kind: "none" };
  };
}
