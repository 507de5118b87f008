import { useSignal } from "@preact/signals";
import { t } from "../../i18n";
import type { Seat } from "../../models/study-room";
import { SeatStateIcon } from "../live-seat/seat-state-icon";
import { SeatGrid, featureWords } from "../seat-grid/seat-grid";
import { SeatForm } from "./seat-form";
import { SeatService } from "./seat-service";

/** The first free place after the last seat, where a new seat most likely goes. */
function nextPlace(seats: Seat[]) {
  const last = [...seats].sort((a, b) => b.row - a.row || b.col - a.col)[0];
  return last ? { row: last.row, col: last.col + 1 } : { row: 0, col: 0 };
}

/** The seat map as staff edit it: pick a seat to change it or take it out of service, or add one. */
export function SeatEditor({ communityId, seats }: { communityId: string; seats: Seat[] }) {
  const chosenId = useSignal<string | null>(null);
  const chosen = seats.find((s) => s.id === chosenId.value);
  const zones = [...new Set(seats.map((s) => s.zone).filter(Boolean))];
  return (
    <>
      <p class="field-hint">{t("study.editorHelp")}</p>
      <SeatGrid seats={seats} label={t("study.editorMap")}>
        {(seat) => (
          <div class={`editor-seat${seat.inService ? "" : " is-out_of_service"}`}>
            <button
              type="button"
              class="secondary"
              aria-pressed={seat.id === chosenId.value}
              onClick={() => (chosenId.value = seat.id)}
            >
              {seat.label}
            </button>
            {featureWords(seat) && <p class="live-seat-features">{featureWords(seat)}</p>}
            {!seat.inService && (
              <p class="live-seat-state">
                <SeatStateIcon state="out_of_service" />
                {t("study.state.out_of_service")}
              </p>
            )}
          </div>
        )}
      </SeatGrid>
      {chosen && (
        <section class="panel-form seat-panel" aria-labelledby="seat-panel-title">
          <h3 id="seat-panel-title">{t("study.seatTitle", { seat: chosen.label })}</h3>
          <SeatForm key={chosen.id} communityId={communityId} seat={chosen} zones={zones} />
          <SeatService key={`service-${chosen.id}`} communityId={communityId} seat={chosen} />
          <button type="button" class="secondary" onClick={() => (chosenId.value = null)}>
            {t("study.closeSeat")}
          </button>
        </section>
      )}
      <details class="add-panel">
        <summary>{t("study.addSeat")}</summary>
        <div class="panel-form">
          <SeatForm communityId={communityId} place={nextPlace(seats)} zones={zones} />
        </div>
      </details>
    </>
  );
}
