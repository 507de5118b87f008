import { useEffect } from "preact/hooks";
import { ErrorMessage } from "@ui/error-message";
import { bt } from "../baby/i18n";
import { babyErrorWording } from "../baby/words";
import { KioskScreen } from "../components/kiosk-screen/kiosk-screen";
import { CodeBoxes, CodeEntryPad } from "../components/number-pad/number-pad";
import { i18n } from "../i18n";
import { pickupCode } from "../models/baby-pickup";
import { paths } from "../paths";

/**
 * At the baby room's kiosk, the person a guardian named on a one-off pickup code collects the
 * child without a pass: eight digits on the pad. Loaded only when someone taps it.
 */
export function BabyPickupPage() {
  useEffect(() => pickupCode.clear, []);
  const result = pickupCode.answer.value;
  return (
    <KioskScreen
      class="baby-pickup-page kind-baby_room"
      title={bt("baby.pickupTitle")}
      titleId="baby-pickup-title"
      side={
        <>
          <p>{bt("baby.pickupEnter")}</p>
          <CodeBoxes
            entry={pickupCode}
            label={bt("baby.pickupTitle")}
            entered={(count) => bt("baby.pickupEntered", { count })}
          />
          {result?.kind === "done" && (
            <p class="baby-notice" role="status">
              {bt("baby.checkedOut")}
            </p>
          )}
          {result?.kind === "error" && <ErrorMessage error={result.error} i18n={i18n} wording={babyErrorWording} />}
        </>
      }
      nav={
        <>
          <a class="big-button" href={paths.home}>
            {bt("baby.back")}
          </a>
          <button
            type="button"
            class="big-button primary"
            disabled={!pickupCode.complete.value || pickupCode.busy.value}
            onClick={() => void pickupCode.submit()}
          >
            {bt("baby.pickupSubmit")}
          </button>
        </>
      }
    >
      <CodeEntryPad entry={pickupCode} />
    </KioskScreen>
  );
}
