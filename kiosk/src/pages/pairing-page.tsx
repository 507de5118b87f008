import { ErrorMessage } from "@ui/error-message";
import { CodeBoxes, NumberPad } from "../components/number-pad/number-pad";
import { i18n, t } from "../i18n";
import { pairingCode } from "../models/pairing";

export function PairingPage() {
  return (
    <section class="pairing-page" aria-labelledby="pairing-title">
      <h1 id="pairing-title">{t("pairing.title")}</h1>
      <p>{t("pairing.hint")}</p>
      <CodeBoxes
        code={pairingCode.code.value}
        length={pairingCode.length}
        label={t("pairing.code")}
        entered={t("pairing.entered", { count: pairingCode.code.value.length })}
      />
      {pairingCode.answer.value?.kind === "error" && (
        <ErrorMessage error={pairingCode.answer.value.error} i18n={i18n} />
      )}
      <NumberPad
        disabled={pairingCode.busy.value}
        onDigit={pairingCode.press}
        onClear={pairingCode.clear}
        onDelete={pairingCode.deleteDigit}
      />
      <button
        type="button"
        class="big-button primary wide"
        disabled={!pairingCode.complete.value || pairingCode.busy.value}
        onClick={() => void pairingCode.submit()}
      >
        {t(pairingCode.busy.value ? "pairing.busy" : "pairing.submit")}
      </button>
    </section>
  );
}
