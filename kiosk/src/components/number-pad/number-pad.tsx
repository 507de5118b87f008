import { t } from "../../i18n";
import { clearCode, deleteDigit, pressDigit } from "../../models/pairing";
import "./number-pad.css";

const DIGITS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];

/** A telephone-style pad, so a code can be entered on a screen with no keyboard. */
export function NumberPad({ disabled }: { disabled: boolean }) {
  return (
    <div class="number-pad">
      {DIGITS.map((d) => (
        <button key={d} type="button" class="big-button" disabled={disabled} onClick={() => pressDigit(d)}>
          {d}
        </button>
      ))}
      <button type="button" class="big-button" disabled={disabled} onClick={clearCode}>
        {t("pairing.clear")}
      </button>
      <button type="button" class="big-button" disabled={disabled} onClick={() => pressDigit("0")}>
        0
      </button>
      <button type="button" class="big-button" disabled={disabled} onClick={deleteDigit}>
        {t("pairing.delete")}
      </button>
    </div>
  );
}
