import { useEffect } from "preact/hooks";
import { i18n, locale, t } from "../../i18n";
import { ErrorMessage } from "@ui/error-message";
import { priceText, yuanText } from "../../canteen/money";
import { dishList, sittingLabel } from "../../canteen/words";
import { placeOrder, setDelivery, type CanteenScreen } from "../../models/canteen-flow";
import { dinerById } from "../../models/canteen-today";
import { speak } from "../../models/speech";
import { errorText } from "@ui/error-text";
import "./canteen-confirm.css";

type ConfirmScreen = Extract<CanteenScreen, { kind: "confirm" }>;

/**
 * The last tap: pay by meal card (when the card covers it) or at the counter. Someone staff
 * signed up for delivery first sees eat-in or delivery, already set to eat in.
 */
export function CanteenConfirm({ screen }: { screen: ConfirmScreen }) {
  const diner = dinerById(screen.dinerId)!;
  const sitting = diner.sittings.find((s) => s.name === screen.sitting)!;
  const { price } = sitting;
  const name = sittingLabel(sitting.name);
  const cardCovers = diner.balanceFen >= price.payFen;
  const lang = locale.value;
  useEffect(() => {
    const said = t("canteen.confirmSpeech", { sitting: name, amount: yuanText(price.payFen) });
    const notice = screen.notice && "error" in screen.notice ? `${errorText(i18n, screen.notice.error).message} ` : "";
    speak(`${notice}${said}`, lang);
  }, [screen.notice, price.payFen, lang]);
  return (
    <div class="canteen-confirm" aria-busy={screen.placing}>
      <div class="confirm-what">
        <h1 id="canteen-title">
          {diner.self ? name : `${name} · ${diner.name}`}
          <span class="confirm-pay">{priceText(price.payFen)}</span>
        </h1>
        {price.savedFen > 0 && (
          <p class="confirm-saved">
            {t("canteen.saved", { amount: priceText(price.savedFen) })}
            <span class="confirm-list">{t("canteen.listPrice", { amount: priceText(price.listPriceFen) })}</span>
          </p>
        )}
        {sitting.exhaustedFunds.length > 0 && (
          <p class="confirm-fund-gone">{t("canteen.fundGone", { funds: sitting.exhaustedFunds.join("、") })}</p>
        )}
        <p class="confirm-dishes">{dishList(sitting.dishes, lang)}</p>
        {screen.notice && "error" in screen.notice && <ErrorMessage error={screen.notice.error} i18n={i18n} />}
      </div>
      <div class="confirm-act">
        {diner.deliveryEligible && (
          <div class="confirm-how" role="group" aria-labelledby="confirm-how-label">
            <p id="confirm-how-label">{t("canteen.howToEat")}</p>
            <div class="canteen-row">
              <button
                type="button"
                class="big-button choice how-choice"
                aria-pressed={!screen.delivery}
                onClick={() => setDelivery(false)}
              >
                {t("canteen.dineIn")}
              </button>
              <button
                type="button"
                class="big-button choice how-choice"
                aria-pressed={screen.delivery}
                onClick={() => setDelivery(true)}
              >
                {t("canteen.delivery")}
              </button>
            </div>
          </div>
        )}
        <div class="confirm-pay-buttons">
          {cardCovers ? (
            <button type="button" class="big-button primary confirm-card" onClick={() => void placeOrder("meal_card")}>
              {t("canteen.payCard", { amount: priceText(price.payFen) })}
            </button>
          ) : (
            <p class="confirm-card-low">{t("canteen.cardTooLow", { balance: priceText(diner.balanceFen) })}</p>
          )}
          <button
            type="button"
            class={`big-button confirm-counter${cardCovers ? "" : " primary"}`}
            onClick={() => void placeOrder("counter")}
          >
            {t("canteen.payCounter")}
          </button>
        </div>
        <p class="confirm-placing" role="status">
          {screen.placing ? t("canteen.placing") : ""}
        </p>
      </div>
    </div>
  );
}
