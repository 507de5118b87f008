import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";
import { CanteenConfirm } from "../components/canteen-confirm/canteen-confirm";
import { CanteenDiners } from "../components/canteen-diners/canteen-diners";
import { CanteenMenu } from "../components/canteen-menu/canteen-menu";
import { CanteenTicket } from "../components/canteen-ticket/canteen-ticket";
import { i18n, t } from "../i18n";
import { ErrorMessage } from "@ui/error-message";
import { canteenScreen, goBack, openCanteen, orderMore } from "../models/canteen-flow";
import { canteenToday } from "../models/canteen-today";
import { paths } from "../paths";
import { DoneButton } from "../components/done-button/done-button";
import { KioskScreen } from "../components/kiosk-screen/kiosk-screen";

/**
 * Ordering a meal, for the identified person (or an elder linked to them): loaded only when
 * someone taps 点餐, so the welcome screen's bundle stays small.
 */
export function CanteenPage() {
  const { route } = useLocation();
  useEffect(() => void openCanteen(), []);
  const screen = canteenScreen.value;
  const back = () => {
    if (!goBack()) route(paths.home);
  };
  const nav =
    screen.kind === "ticket" ? (
      <>
        <button type="button" class="big-button" onClick={() => print()}>
          {t("canteen.print")}
        </button>
        {(canteenToday.value?.diners.length ?? 0) > 1 && (
          <button type="button" class="big-button" onClick={orderMore}>
            {t("canteen.orderMore")}
          </button>
        )}
      </>
    ) : (
      <button type="button" class="big-button" onClick={back}>
        {t("canteen.back")}
      </button>
    );
  return (
    <KioskScreen
      class="canteen-page kind-canteen"
      titleId="canteen-title"
      nav={
        <div class="canteen-nav">
          {nav}
          {/* A meal chosen but not paid is one tap from being ordered: 完成 asks before dropping it. */}
          <DoneButton unfinished={screen.kind === "confirm"} />
        </div>
      }
    >
      <CanteenScreenBody />
    </KioskScreen>
  );
}

function CanteenScreenBody() {
  const screen = canteenScreen.value;
  switch (screen.kind) {
    case "loading":
      return (
        <div>
          <h1 id="canteen-title">{t("facility.canteen")}</h1>
          <p class="load-state" role="status">
            {t("canteen.loading")}
          </p>
        </div>
      );
    case "failed":
      return (
        <div class="canteen-failed">
          <h1 id="canteen-title">{t("facility.canteen")}</h1>
          <ErrorMessage error={screen.error} i18n={i18n} />
          <button type="button" class="big-button primary wide" onClick={() => void openCanteen()}>
            {t("canteen.retry")}
          </button>
        </div>
      );
    case "who":
      return <CanteenDiners />;
    case "menu":
      return <CanteenMenu screen={screen} />;
    case "confirm":
      return <CanteenConfirm screen={screen} />;
    case "ticket":
      return <CanteenTicket screen={screen} />;
  }
}
