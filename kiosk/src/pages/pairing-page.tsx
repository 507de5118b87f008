import { ErrorMessage } from "@ui/error-message";
import { CodeBoxes, NumberPad } from "../components/number-pad/number-pad";
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
  return (
    <section class="pairing-page" aria-labelledby="pairing-title">
      <h1 id="pairing-title">{t("pairing.title")}</h1>
      <p>{t("pairing.hint")}</p>
      <CodeBoxes
        code={code.value}
        length={CODE_LENGTH}
        label={t("pairing.code")}
        entered={t("pairing.entered", { count: code.value.length })}
      />
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
