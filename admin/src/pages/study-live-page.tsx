import { useEffect } from "preact/hooks";
import { ActionFeedback } from "../components/action-feedback/action-feedback";
import { LiveSeatCard } from "../components/live-seat/live-seat-card";
import { StateLegend } from "../components/live-seat/state-legend";
import { ResourceView } from "../components/resource-view/resource-view";
import { SeatGrid } from "../components/seat-grid/seat-grid";
import { StudyFrame } from "../components/study-frame/study-frame";
import { useAction } from "../hooks/use-action";
import { useVisibleRefresh } from "../hooks/use-visible-refresh";
import { locale, t } from "../i18n";
import { community } from "../models/community";
import { liveMap, liveRefreshedAt, refreshLiveMap } from "../models/study-room-day";

// Staff glance at the room from the desk; a booking or a walk-in shows within this.
const REFRESH_MS = 15_000;

export function StudyLivePage() {
  useEffect(() => {
    liveRefreshedAt.value = new Date();
    return liveMap.watch();
  }, []);
  useVisibleRefresh(refreshLiveMap, REFRESH_MS);
  const action = useAction();
  const timeZone = community.value?.timeZone ?? "Asia/Shanghai";
  return (
    <StudyFrame title={t("study.live.title")}>
      {(id) => (
        <>
          <p class="refresh-line">
            {liveRefreshedAt.value &&
              t("study.refreshed", { time: liveRefreshedAt.value.toLocaleTimeString(locale.value) })}{" "}
            <button type="button" class="secondary" onClick={() => void refreshLiveMap()}>
              {t("study.refresh")}
            </button>
          </p>
          <StateLegend />
          <ActionFeedback action={action} />
          <ResourceView of={liveMap}>
            {(map) => (
              <section aria-labelledby="live-map-title">
                <h2 id="live-map-title">{t("study.live.map")}</h2>
                <p class="live-summary">
                  {t("study.live.summary", { date: map.date, ...counts(map.seats.map((s) => s.state)) })}
                </p>
                <SeatGrid seats={map.seats} label={t("study.live.map")}>
                  {(seat) => (
                    <LiveSeatCard communityId={id} seat={seat} now={map.now} timeZone={timeZone} action={action} />
                  )}
                </SeatGrid>
              </section>
            )}
          </ResourceView>
        </>
      )}
    </StudyFrame>
  );
}

const counts = (states: string[]) => ({
  free: states.filter((s) => s === "free").length,
  taken: states.filter((s) => s === "in_use" || s === "away").length,
  booked: states.filter((s) => s === "booked" || s === "offered").length,
  out: states.filter((s) => s === "out_of_service").length,
});
