import type { useAction } from "../../hooks/use-action";
import { t } from "../../i18n";
import { timeIn } from "../../lib/zoned-format";
import { currentBooking, type LiveSeat } from "../../models/study-room-day";
import { featureWords } from "../seat-grid/seat-grid";
import { SeatBookings } from "./seat-bookings";
import { SeatStateIcon } from "./seat-state-icon";

type Props = {
  communityId: string;
  seat: LiveSeat;
  now: string;
  timeZone: string;
  action: ReturnType<typeof useAction>;
};

/** One seat on the live map: its state in words and shape, what it offers, who is there, the day's bookings. */
export function LiveSeatCard({ communityId, seat, now, timeZone, action }: Props) {
  const current = currentBooking(seat, now);
  const titleId = `seat-${seat.id}`;
  return (
    <article class={`live-seat is-${seat.state}`} aria-labelledby={titleId}>
      <h3 id={titleId} class="live-seat-label">
        {seat.label}
      </h3>
      <p class="live-seat-state">
        <SeatStateIcon state={seat.state} />
        {t(`study.state.${seat.state}`)}
      </p>
      {featureWords(seat) && <p class="live-seat-features">{featureWords(seat)}</p>}
      {current && (
        <p class="live-seat-who">
          {t("study.liveWho", { name: current.holderName, until: timeIn(current.endsAt, timeZone) })}
        </p>
      )}
      <SeatBookings communityId={communityId} seat={seat} timeZone={timeZone} action={action} />
    </article>
  );
}
