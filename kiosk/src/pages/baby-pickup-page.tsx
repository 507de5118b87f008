import { useEffect } from "preact/hooks";
import { ErrorMessage } from "@ui/error-message";
import { bt } from "../baby/i18n";
import { babyErrorWording } from "../baby/words";
import { KioskScreen } from "../components/kiosk-screen/kiosk-screen";
import { CodeBoxes, NumberPad } from "../components/number-pad/number-pad";
import { i18n } from "../i18n";
import {
  PICKUP_CODE_LENGTH,
  clearPickupCode,
  collectWithCode,
  deletePickupDigit,
  pickupBusy,
  pickupCode,
  pickupComplete,
  pickupResult,
  pressPickupDigit,
} from "../models/baby-pickup";
import { paths } from "../paths";

/**
 * At the baby room's kiosk, the person a guardian named on a one-off pickup code collects the
 * child without a pass: eight digits on the pad. Loaded only when someone taps it.
 */
export function BabyPickupPage() {
  useEffect(() => clearPickupCode, []);
  const result = pickupResult.value;
  return (
    <KioskScreen
      class="baby-pickup-page kind-baby_room"
      title={bt("baby.pickupTitle")}
      titleId="baby-pickup-title"
      side={
        <>
          <p>{bt("baby.pickupEnter")}</p>
          <CodeBoxes
            code={pickupCode.value}
            length={PICKUP_CODE_LENGTH}
            label={bt("baby.pickupTitle")}
            entered={bt("baby.pickupEntered", { count: pickupCode.value.length })}
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
            disabled={!pickupComplete.value || pickupBusy.value}
            onClick={() => void collectWithCode()}
          >
            {bt("baby.pickupSubmit")}
          </button>
        </>
      }
    >
      <NumberPad
        disabled={pickupBusy.value}
        onDigit={pressPickupDigit}
        onClear={clearPickupCode}
        onDelete={deletePickupDigit}
      />
    </KioskScreen>
  );
}
