import { i18n, t } from "../../i18n";
import { ErrorMessage } from "@ui/error-message";
import { errorText } from "@ui/error-text";
import { priceText } from "../../canteen/money";
import { sittingLabel } from "../../canteen/words";
import type { Notice } from "../../models/canteen-flow";

/** What the last tap did, said plainly: a refusal, or a cancellation and its refund. */
export function CanteenNotice({ notice }: { notice: Notice }) {
  if ("error" in notice) return <ErrorMessage error={notice.error} i18n={i18n} />;
  return (
    <p class="canteen-notice" role="status">
      {noticeText(notice)}
    </p>
  );
}

/** The notice as one sentence, for the screen and for the voice. */
export function noticeText(notice: Notice) {
  if ("error" in notice) return errorText(i18n, notice.error).message;
  const order = notice.cancelled;
  const sitting = sittingLabel(order.sitting);
  return order.payment === "meal_card" && order.payFen > 0
    ? t("canteen.refunded", { sitting, amount: priceText(order.payFen), balance: priceText(order.balanceFen) })
    : t("canteen.cancelled", { sitting });
}
