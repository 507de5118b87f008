import type { ComponentChildren } from "preact";
import { locale, t } from "../../i18n";
import { priceText } from "../../canteen/money";
import { dishList, sittingLabel } from "../../canteen/words";
import { askCancel, cancelOrder, chooseSitting, type CanteenScreen } from "../../models/canteen-flow";
import { orderFor, type Diner, type DinerOrder, type Sitting } from "../../models/canteen-today";

type MenuScreen = Extract<CanteenScreen, { kind: "menu" }>;

/**
 * One sitting, as big as a hand: the whole card is the button when it can be ordered. A sitting
 * that cannot be ordered says why in words and offers no button at all.
 */
export function SittingCard({ diner, sitting, screen }: { diner: Diner; sitting: Sitting; screen: MenuScreen }) {
  const order = orderFor(diner, sitting.name);
  const name = sittingLabel(sitting.name);
  const head = (
    <span class="sitting-head">
      <span class="sitting-name">{name}</span>
      <span class="sitting-time">{t("canteen.sittingTime", { start: sitting.start, end: sitting.end })}</span>
    </span>
  );
  const dishes = <span class="sitting-dishes">{dishList(sitting.dishes, locale.value)}</span>;
  if (order)
    return <OrderedCard head={head} dishes={dishes} order={order} open={sitting.open} name={name} screen={screen} />;
  if (!sitting.open || sitting.left <= 0) {
    return (
      <div class="canteen-sitting is-unavailable" data-sitting={sitting.name}>
        {head}
        <p class="sitting-why">
          {sitting.open
            ? t("canteen.soldOut", { sitting: name })
            : t("canteen.cutoffPassed", { sitting: name, cutoff: sitting.orderCutoff })}
        </p>
        {dishes}
      </div>
    );
  }
  const { price } = sitting;
  return (
    <button
      type="button"
      class="canteen-sitting is-open"
      data-sitting={sitting.name}
      onClick={() => chooseSitting(diner.id, sitting.name)}
    >
      <span class="sitting-body">
        <span class="sitting-info">
          {head}
          {dishes}
          <span class="sitting-left">{t("canteen.left", { count: sitting.left, cutoff: sitting.orderCutoff })}</span>
        </span>
        <span class="sitting-prices">
          <span class="sitting-you-pay">{t("canteen.yourPrice")}</span>
          <span class="sitting-pay">{priceText(price.payFen)}</span>
          {price.savedFen > 0 && (
            <span class="sitting-saved">{t("canteen.saved", { amount: priceText(price.savedFen) })}</span>
          )}
          {price.savedFen > 0 && (
            <span class="sitting-list">{t("canteen.listPrice", { amount: priceText(price.listPriceFen) })}</span>
          )}
        </span>
      </span>
      {sitting.exhaustedFunds.length > 0 && (
        <span class="sitting-fund-gone">{t("canteen.fundGone", { funds: sitting.exhaustedFunds.join("、") })}</span>
      )}
      <span class="sitting-tap">{t("canteen.tapToOrder")}</span>
    </button>
  );
}

type OrderedProps = {
  head: ComponentChildren;
  dishes: ComponentChildren;
  order: DinerOrder;
  open: boolean;
  name: string;
  screen: MenuScreen;
};

function OrderedCard({ head, dishes, order, open, name, screen }: OrderedProps) {
  const cancellable = open && order.status === "placed";
  const asking = screen.askCancel === order.id;
  return (
    <div class="canteen-sitting is-ordered" data-sitting={order.sitting}>
      {head}
      <p class="sitting-ticket">
        {t(order.delivery ? "canteen.orderedDelivery" : "canteen.ordered", { ticketNo: order.ticketNo })}
      </p>
      {order.movedFrom && (
        <p class="sitting-moved" role="status">
          {t("canteen.movedFrom", { sitting: sittingLabel(order.movedFrom.sitting), date: order.movedFrom.date })}
        </p>
      )}
      {dishes}
      {cancellable && !asking && (
        <button type="button" class="big-button" onClick={() => askCancel(order.id)}>
          {t("canteen.cancel")}
        </button>
      )}
      {cancellable && asking && (
        <div class="sitting-cancel-ask alert-box" role="group" aria-label={t("canteen.cancel")}>
          <p>{t("canteen.cancelAsk", { sitting: name })}</p>
          <div class="canteen-row">
            <button
              type="button"
              class="big-button primary"
              aria-busy={screen.cancelling}
              onClick={() => void cancelOrder(order.id)}
            >
              {t(screen.cancelling ? "canteen.cancelBusy" : "canteen.cancelYes")}
            </button>
            <button type="button" class="big-button" onClick={() => askCancel(undefined)}>
              {t("canteen.cancelNo")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
