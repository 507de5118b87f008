import { useEffect } from "preact/hooks";
import { ResourceView } from "../components/resource-view/resource-view";
import { StudyFrame } from "../components/study-frame/study-frame";
import { HeatmapTable, openHours } from "../components/study-report/heatmap-table";
import { RangeForm } from "../components/study-report/range-form";
import { ReportSummary } from "../components/study-report/report-summary";
import { t } from "../i18n";
import { addDays, todayIn } from "../lib/local-date";
import { community } from "../models/community";
import { reportRange, utilisation } from "../models/study-room-report";

/** The last four weeks up to today, in the community's zone: four of every weekday. */
const lastFourWeeks = (timeZone: string) => {
  const to = todayIn(timeZone);
  return { from: addDays(to, -27), to };
};

export function StudyReportPage() {
  useEffect(() => {
    reportRange.value ??= lastFourWeeks(community.value?.timeZone ?? "Asia/Shanghai");
    return utilisation.watch();
  }, []);
  return (
    <StudyFrame title={t("study.report.title")}>
      {() => (
        <>
          {reportRange.value && <RangeForm range={reportRange.value} />}
          <p class="field-hint">{t("study.report.help")}</p>
          <ResourceView of={utilisation}>
            {(report) =>
              openHours(report.cells).length === 0 ? (
                <p>{t("study.report.neverOpen")}</p>
              ) : report.usedMinutes === 0 && report.noShowMinutes === 0 ? (
                // A new room's table would be all 0%: say why there is nothing to read instead.
                <p class="notice" data-testid="report-no-use">
                  {t("study.report.noUse")}
                </p>
              ) : (
                <>
                  <ReportSummary report={report} />
                  <HeatmapTable report={report} />
                </>
              )
            }
          </ResourceView>
        </>
      )}
    </StudyFrame>
  );
}
