import { useMemo } from "preact/hooks";
import { t } from "../../i18n";
import { formatFen } from "../../lib/money";
import type { DistrictReport } from "../../models/reports";
import { Chart } from "../chart/chart";

type Item = DistrictReport["items"][number];
type Charts = Item["charts"];

const count = (v: number) => String(Math.round(v));
const percent = (v: number) => `${Math.round(v)}%`;
const hours = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, "0")}:00`);

/** Each of the community report's five charts across the district: one line per community. */
export function DistrictCharts({ report }: { report: DistrictReport }) {
  const days = useMemo(() => report.days.map((d) => d.slice(5)), [report]);
  const lines = (pick: (c: Charts) => (number | null)[] | null, scale = 1) =>
    report.items
      .filter((c) => pick(c.charts) !== null)
      .map((c) => ({
        label: c.name,
        values: pick(c.charts)!.map((v) => (v === null ? null : Math.round(v * scale * 10) / 10)),
        kind: "line" as const,
      }));
  const charts = useMemo(
    () => [
      { key: "meals", labels: days, series: lines((c) => c.mealsByDay), format: count },
      { key: "funds", labels: report.months, series: lines((c) => c.subsidyByMonth), format: formatFen },
      { key: "study", labels: days, series: lines((c) => c.studyRatio, 100), format: percent },
      { key: "station", labels: hours, series: lines((c) => c.stationByHour), format: count },
      { key: "baby", labels: days, series: lines((c) => c.babyByDay), format: count },
    ],
    [report],
  );
  return (
    <div class="report-charts">
      {charts.map((c) =>
        c.series.length === 0 ? null : (
          <Chart
            key={c.key}
            title={t(`reports.compare.${c.key}` as Parameters<typeof t>[0], { month: report.month })}
            labels={c.labels}
            series={c.series}
            format={c.format}
          />
        ),
      )}
    </div>
  );
}
