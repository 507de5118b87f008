import { t } from "../../i18n";
import { weekdayName } from "../../lib/weekday-name";
import type { Utilisation } from "../../models/study-room-report";
import { percent } from "./heatmap-table";

const duration = (minutes: number) =>
  t("study.report.duration", { hours: Math.floor(minutes / 60), minutes: minutes % 60 });

/** The heatmap in a few sentences: the busiest and quietest open hours, time used and time lost to no-shows. */
export function ReportSummary({ report }: { report: Utilisation }) {
  const open = report.cells.filter((c): c is typeof c & { ratio: number } => c.ratio !== null);
  const busiest = open.reduce<(typeof open)[number] | undefined>(
    (a, c) => (!a || c.ratio > a.ratio ? c : a),
    undefined,
  );
  const quietest = open.reduce<(typeof open)[number] | undefined>(
    (a, c) => (!a || c.ratio < a.ratio ? c : a),
    undefined,
  );
  const at = (c: { weekday: number; hour: number; ratio: number }) =>
    t("study.report.at", {
      day: weekdayName(c.weekday),
      hour: String(c.hour).padStart(2, "0"),
      percent: percent(c.ratio),
    });
  return (
    <dl class="report-summary">
      <dt>{t("study.report.seats")}</dt>
      <dd data-testid="report-seats">{report.seats}</dd>
      <dt>{t("study.report.used")}</dt>
      <dd data-testid="report-used">{duration(report.usedMinutes)}</dd>
      <dt>{t("study.report.noShow")}</dt>
      <dd data-testid="report-no-show">{duration(report.noShowMinutes)}</dd>
      {busiest && quietest && (
        <>
          <dt>{t("study.report.busiest")}</dt>
          <dd>{at(busiest)}</dd>
          <dt>{t("study.report.quietest")}</dt>
          <dd>{at(quietest)}</dd>
        </>
      )}
    </dl>
  );
}
