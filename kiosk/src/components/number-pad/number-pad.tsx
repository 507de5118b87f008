import { t } from "../../i18n";
import type { CodeEntry } from "../../models/code-entry";
import "./number-pad.css";

const DIGITS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];

export type NumberPadActions = { onDigit: (digit: string) => void; onClear: () => void; onDelete: () => void };

/** The code typed so far, a digit a box, and its length said to a screen reader as it grows. */
export function CodeBoxes({
  entry,
  label,
  entered,
}: {
  entry: CodeEntry;
  label: string;
  /** What a screen reader hears after each digit: how many are in. */
  entered: (count: number) => string;
}) {
  const code = entry.code.value;
  const length = entry.length;
  return (
    <>
      <div class="code-boxes" role="group" aria-label={label}>
        {code
          .padEnd(length, " ")
          .split("")
          .map((d, i) => (
            <span key={i} class="code-box" aria-hidden="true">
              {d}
            </span>
          ))}
      </div>
      <p class="visually-hidden" aria-live="polite">
        {entered(code.length)}
      </p>
    </>
  );
}

/** A telephone-style pad, so a code (a kiosk's pairing code, a pickup code) can be entered with no keyboard. */
export function NumberPad({ disabled, onDigit, onClear, onDelete }: { disabled: boolean } & NumberPadActions) {
  return (
    <div class="number-pad">
      {DIGITS.map((d) => (
        <button key={d} type="button" class="big-button" disabled={disabled} onClick={() => onDigit(d)}>
          {d}
        </button>
      ))}
      <button type="button" class="big-button" disabled={disabled} onClick={onClear}>
        {t("pairing.clear")}
      </button>
      <button type="button" class="big-button" disabled={disabled} onClick={() => onDigit("0")}>
        0
      </button>
      <button type="button" class="big-button" disabled={disabled} onClick={onDelete}>
        {t("pairing.delete")}
      </button>
    </div>
  );
}

/** The pad of a code being typed, still while it is being sent. */
export function CodeEntryPad({ entry }: { entry: CodeEntry }) {
  return (
    <NumberPad disabled={entry.busy.value} onDigit={entry.press} onClear={entry.clear} onDelete={entry.deleteDigit} />
  );
}
