import { tapSeat } from "../../models/study-acts";
import type { Seat } from "../../models/study-day";
import { studyAsk } from "../../models/study-flow";
import { mapSize, seatState, type Range, type SeatState } from "../../study/seat-plan";
import { featureWord, seatFeatures, seatStateWord } from "../../study/words";
import { SeatFeatureIcon, SeatStateIcon } from "./seat-icons";
import { st } from "../../study/i18n";
import "./seat-map.css";

const STATES: readonly SeatState[] = ["free", "taken", "mine", "out"];

/**
 * The room as it is laid out, one button per seat for the chosen time: its label, its state in
 * words and by shape, and what it offers in words. Every seat answers a tap, a taken one too.
 */
export function SeatMap({ seats, range }: { seats: readonly Seat[]; range: Range }) {
  const { cols } = mapSize(seats);
  const ask = studyAsk.value;
  return (
    <div class="seat-map-wrap">
      <div
        class="seat-map"
        role="group"
        aria-label={st("study.map.label")}
        style={{ gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))` }}
      >
        {seats.map((seat) => {
          const state = seatState(seat, range);
          return (
            <button
              key={seat.id}
              type="button"
              class={`seat is-${state}`}
              data-seat={seat.label}
              data-state={state}
              aria-pressed={ask?.kind === "book" && ask.seatId === seat.id}
              style={{ gridRow: seat.row + 1, gridColumn: seat.col + 1 }}
              onClick={() => tapSeat(seat)}
            >
              <span class="seat-label">{seat.label}</span>
              <span class="seat-state">
                <SeatStateIcon state={state} />
                {seatStateWord(state)}
              </span>
              <span class="seat-features">
                {seatFeatures
                  .filter((f) => seat[f])
                  .map((f) => (
                    <span key={f} class="seat-feature">
                      <SeatFeatureIcon feature={f} />
                      {featureWord(f)}
                    </span>
                  ))}
              </span>
            </button>
          );
        })}
      </div>
      <SeatLegend />
    </div>
  );
}

function SeatLegend() {
  return (
    <div class="seat-legend" role="group" aria-label={st("study.map.legend")}>
      {STATES.map((s) => (
        <span key={s} class={`seat-legend-item is-${s}`}>
          <SeatStateIcon state={s} />
          {seatStateWord(s)}
        </span>
      ))}
      {seatFeatures.map((f) => (
        <span key={f} class="seat-legend-item">
          <SeatFeatureIcon feature={f} />
          {featureWord(f)}
        </span>
      ))}
    </div>
  );
}
