import { ErrorMessage } from "@ui/error-message";
import { CodeBoxes, CodeEntryPad } from "../components/number-pad/number-pad";
import { i18n, t } from "../i18n";
import { pairingCode } from "../models/pairing";

export function PairingPage() {
  return (
    <section class="pairing-page" aria-labelledby="pairing-title">
      <h1 id="pairing-title">{t("pairing.title")}</h1>
      <p>{t("pairing.hint")}</p>
      <CodeBoxes entry={pairingCode} label={t("pairing.code")} entered={(count) => t("pairing.entered", { count })} />
      {pairingCode.answer.value?.kind === "error" && (
        <ErrorMessage error={pairingCode.answer.value.error} i18n={i18n} />
      )}
      <CodeEntryPad entry={pairingCode} />
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
