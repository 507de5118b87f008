import { submitTo } from "../../hooks/submit-to";
import { useAction } from "../../hooks/use-action";
import { text } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { returnSeatToService, takeSeatOutOfService, type Seat } from "../../models/study-room";
import { ActionFeedback } from "../action-feedback/action-feedback";
import { Form } from "../form/form";
import { Field } from "../field/field";

/**
 * Out of service with a reason (its bookings to come move to a similar seat or are cancelled,
 * and the people are told at the kiosk), or back in service. One feedback for both, so the
 * answer stays on screen when the seat changes state.
 */
export function SeatService({ communityId, seat }: { communityId: string; seat: Seat }) {
  const action = useAction();
  const takeOut = submitTo(action, async (data) => {
    const change = await takeSeatOutOfService(communityId, seat.id, text(data, "reason"));
    const moved = change.moved.map((m) => m.toLabel).join(t("study.listSeparator"));
    return [
      t("study.outOfServiceDone", { seat: seat.label }),
      change.moved.length ? t("study.movedTo", { count: change.moved.length, seats: moved }) : "",
      change.cancelled.length ? t("study.cancelledNotice", { count: change.cancelled.length }) : "",
      change.moved.length + change.cancelled.length === 0 ? t("study.noBookingsAffected") : "",
    ]
      .filter(Boolean)
      .join(" ");
  });
  const putBack = () =>
    action.run(async () => {
      await returnSeatToService(communityId, seat.id);
      return t("study.inServiceDone", { seat: seat.label });
    });
  return (
    <div class="seat-service">
      {seat.inService ? (
        <Form of={action} aria-label={t("study.outOfServiceOf", { seat: seat.label })} onSubmit={takeOut}>
          <p class="field-hint">{t("study.outOfServiceHelp")}</p>
          <Field label={t("study.outOfServiceReason")} name="reason" required maxLength={200} autoComplete="off" />
          <button type="submit" class="danger" disabled={action.busy.value}>
            {t("study.takeOutOfService")}
          </button>
        </Form>
      ) : (
        <>
          <p class="notice">{t("study.isOutOfService", { seat: seat.label })}</p>
          <button type="button" disabled={action.busy.value} onClick={putBack}>
            {t("study.returnToService")}
          </button>
        </>
      )}
      <ActionFeedback action={action} />
    </div>
  );
}
