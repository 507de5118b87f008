import { t } from "../../i18n";
import type { SeatState } from "../../models/study-room-day";
import { SeatStateIcon } from "./seat-state-icon";

const STATES: SeatState[] = ["free", "booked", "offered", "in_use", "away", "out_of_service"];

/** Each state's shape beside its word, once, above the map. */
export function StateLegend() {
  return (
    <ul class="state-legend" aria-label={t("study.legend")}>
      {STATES.map((s) => (
        <li key={s} class={`is-${s}`}>
          <SeatStateIcon state={s} />
          {t(`study.state.${s}`)}
        </li>
      ))}
    </ul>
  );
}
