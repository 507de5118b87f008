import { useSignal } from "@preact/signals";
import { submitTo } from "../../hooks/submit-to";
import type { useAction } from "../../hooks/use-action";
import { text } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { timeIn } from "../../lib/zoned-format";
import { cancelStudyBooking, holdingStatuses, type LiveSeat, type SeatBooking } from "../../models/study-room-day";
import { Form } from "../form/form";
import { Field } from "../field/field";

type Action = ReturnType<typeof useAction>;
type Props = { communityId: string; seat: LiveSeat; timeZone: string; action: Action };

/**
 * The seat's bookings of the day, folded away; staff can cancel an open one with a reason the
 * person is shown. What happened is said by the page, since a cancelled booking leaves this list.
 */
export function SeatBookings({ communityId, seat, timeZone, action }: Props) {
  if (seat.bookings.length === 0) return <p class="live-seat-none">{t("study.noBookings")}</p>;
  return (
    <details class="seat-bookings">
      <summary>{t("study.bookingsOf", { count: seat.bookings.length, seat: seat.label })}</summary>
      <ul>
        {seat.bookings.map((b) => (
          <li key={b.id}>
            <BookingLine communityId={communityId} seat={seat} booking={b} timeZone={timeZone} action={action} />
          </li>
        ))}
      </ul>
    </details>
  );
}

function BookingLine({
  communityId,
  seat,
  booking,
  timeZone,
  action,
}: Omit<Props, "seat"> & { seat: LiveSeat; booking: SeatBooking }) {
  const asking = useSignal(false);
  const range = `${timeIn(booking.startsAt, timeZone)}–${timeIn(booking.endsAt, timeZone)}`;
  const what = { name: booking.holderName, range, seat: seat.label };
  const onSubmit = submitTo(action, async (data) => {
    await cancelStudyBooking(communityId, booking.id, text(data, "reason"));
    return t("study.cancelled", what);
  });
  return (
    <>
      <p class="booking-line">
        <span class="booking-range">{range}</span> {booking.holderName} · {t(`study.status.${booking.status}`)}
      </p>
      {holdingStatuses.has(booking.status) &&
        (asking.value ? (
          <Form of={action} class="cancel-form" aria-label={t("study.cancelOf", what)} onSubmit={onSubmit}>
            <Field label={t("study.cancelReason")} name="reason" required maxLength={200} autoComplete="off" />
            <div class="button-row">
              <button type="submit" class="danger small" disabled={action.busy.value}>
                {t("study.cancelConfirm")}
              </button>
              <button type="button" class="secondary small" onClick={() => (asking.value = false)}>
                {t("app.cancel")}
              </button>
            </div>
          </Form>
        ) : (
          <button
            type="button"
            class="secondary danger small"
            aria-label={t("study.cancelOf", what)}
            onClick={() => (asking.value = true)}
          >
            {t("study.cancel")}
          </button>
        ))}
    </>
  );
}
