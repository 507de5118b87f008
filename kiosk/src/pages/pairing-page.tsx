import { ErrorMessage } from "@ui/error-message";
import { NumberPad } from "../components/number-pad/number-pad";
import { i18n, t } from "../i18n";
import {
  CODE_LENGTH,
  clearCode,
  code,
  codeComplete,
  deleteDigit,
  pairing,
  pairingError,
  pressDigit,
  submitCode,
} from "../models/pairing";

export function PairingPage() {
  const digits = code.value.padEnd(CODE_LENGTH, " ").split("");
  return (
    <section class="pairing-page" aria-labelledby="pairing-title">
      <h1 id="pairing-title">{t("pairing.title")}</h1>
      <p>{t("pairing.hint")}</p>
      <div class="code-boxes" role="group" aria-label={t("pairing.code")}>
        {digits.map((d, i) => (
          <span key={i} class="code-box" aria-hidden="true">
            {d}
          </span>
        ))}
      </div>
      <p class="visually-hidden" aria-live="polite">
        {t("pairing.entered", { count: code.value.length })}
      </p>
      {pairingError.value !== null && <ErrorMessage error={pairingError.value} i18n={i18n} />}
      <NumberPad disabled={pairing.value} onDigit={pressDigit} onClear={clearCode} onDelete={deleteDigit} />
      <button
        type="button"
        class="big-button primary wide"
        disabled={!codeComplete.value || pairing.value}
        onClick={() => void submitCode()}
      >
        {t(pairing.value ? "pairing.busy" : "pairing.submit")}
      </button>
    </section>
  );
}
