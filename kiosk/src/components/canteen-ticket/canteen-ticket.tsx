import { useEffect } from "preact/hooks";
import { locale, t } from "../../i18n";
import { priceText, yuanText } from "../../canteen/money";
import { sittingLabel } from "../../canteen/words";
import type { CanteenScreen } from "../../models/canteen-flow";
import { dinerById } from "../../models/canteen-today";
import { speak } from "../../models/speech";
import "./canteen-ticket.css";

type TicketScreen = Extract<CanteenScreen, { kind: "ticket" }>;

/** The ticket number as big as the screen allows, said aloud, and printable on its own. */
export function CanteenTicket({ screen }: { screen: TicketScreen }) {
  const { order } = screen;
  const name = dinerById(screen.dinerId)?.name ?? "";
  const byCard = order.payment === "meal_card";
  const lang = locale.value;
  useEffect(() => {
    const paid = byCard
      ? t("canteen.ticketSpeechCard", { balance: yuanText(order.balanceFen) })
      : t("canteen.ticketSpeechCounter", { amount: yuanText(order.payFen) });
    speak(t("canteen.ticketSpeech", { ticketNo: order.ticketNo, paid }), lang);
  }, [order.id, lang]);
  return (
    <div class="canteen-ticket">
      <h1 id="canteen-title">{t("canteen.ticketTitle")}</h1>
      <div class="ticket-slip" data-ticket-no={order.ticketNo}>
        <p class="ticket-number">
          <span class="ticket-label">{t("canteen.ticketLabel")}</span>
          <strong class="ticket-no">{order.ticketNo}</strong>
        </p>
        <p class="ticket-for">
          {t("canteen.ticketFor", { name, sitting: sittingLabel(order.sitting), date: order.serviceDate })}
        </p>
        <p class="ticket-how">{t(order.delivery ? "canteen.ticketDelivery" : "canteen.ticketDineIn")}</p>
        <p class="ticket-paid">
          {t(byCard ? "canteen.paidCard" : "canteen.payAtCounter", { amount: priceText(order.payFen) })}
        </p>
        {order.savedFen > 0 && <p class="ticket-saved">{t("canteen.saved", { amount: priceText(order.savedFen) })}</p>}
        {byCard && <p class="ticket-balance">{t("canteen.balance", { amount: priceText(order.balanceFen) })}</p>}
      </div>
    </div>
  );
}
