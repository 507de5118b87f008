import { ResourceView, useWatch } from "../components/resource-view/resource-view";
import { ActionFeedback } from "../components/action-feedback/action-feedback";
import { StudyFrame } from "../components/study-frame/study-frame";
import { BanHistory } from "../components/study-no-shows/ban-history";
import { BanItem } from "../components/study-no-shows/ban-item";
import { NoShowTable } from "../components/study-no-shows/no-show-table";
import { useAction } from "../hooks/use-action";
import { t } from "../i18n";
import { community } from "../models/community";
import { noShows } from "../models/study-room-day";

export function StudyNoShowsPage() {
  useWatch(noShows);
  const timeZone = community.value?.timeZone ?? "Asia/Shanghai";
  const action = useAction();
  return (
    <StudyFrame title={t("study.noShows.title")}>
      {(id) => (
        <ResourceView of={noShows}>
          {(report) => {
            const inForce = report.bans.filter((b) => b.inForce);
            return (
              <>
                <p class="field-hint">
                  {t("study.strikeRule", { limit: report.strikeLimit, days: report.windowDays })}
                </p>
                <section aria-labelledby="no-shows-title">
                  <h2 id="no-shows-title">{t("study.noShowsIn", { days: report.windowDays })}</h2>
                  <NoShowTable report={report} timeZone={timeZone} />
                </section>
                <section aria-labelledby="bans-title">
                  <h2 id="bans-title">{t("study.bansInForce", { count: inForce.length })}</h2>
                  <ActionFeedback action={action} />
                  {inForce.length === 0 ? (
                    <p>{t("study.noBans")}</p>
                  ) : (
                    inForce.map((b) => (
                      <BanItem key={b.id} communityId={id} ban={b} timeZone={timeZone} action={action} />
                    ))
                  )}
                </section>
                <section aria-labelledby="ban-history-title">
                  <h2 id="ban-history-title">{t("study.banHistory")}</h2>
                  <BanHistory bans={report.bans.filter((b) => !b.inForce)} timeZone={timeZone} />
                </section>
              </>
            );
          }}
        </ResourceView>
      )}
    </StudyFrame>
  );
}
