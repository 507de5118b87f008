import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import { t, tryT } from "../../i18n";
import { formatFen } from "../../lib/money";
import { type MonthReport, type ReportChart, reportCsvUrl } from "../../models/reports";
import { Chart, type ChartSeries } from "../chart/chart";
import { TitledSection } from "../titled-section/titled-section";

const count = (v: number) => String(Math.round(v));
const percent = (v: number) => `${Math.round(v)}%`;
const dayLabel = (date: string) => date.slice(5);

/** The month of one community on five charts, each with its figures and its CSV. */
export function MonthCharts({ report }: { report: MonthReport }) {
  const { days } = report;
  const labels = useMemo(() => days.map(dayLabel), [days]);
  const meals = useMemo(
    () =>
      report.meals.brackets.map((b, i) => ({
        label: tryT(`settlement.bracket.${b}`) ?? b,
        values: report.meals.series[i] ?? [],
        kind: "line" as const,
      })),
    [report],
  );
  const funds = useMemo(
    () => [
      { label: t("reports.used"), values: report.funds.items.map((f) => f.usedFen), kind: "bar" as const },
      { label: t("reports.budget"), values: report.funds.items.map((f) => f.budgetFen), kind: "bar" as const },
    ],
    [report],
  );
  const fundNames = useMemo(() => report.funds.items.map((f) => f.name), [report]);
  const history = useMemo(
    () => report.funds.items.map((f) => ({ label: f.name, values: f.history, kind: "line" as const })),
    [report],
  );
  const study = useMemo(
    () =>
      report.study && [
        {
          label: t("reports.studyRatio"),
          values: report.study.ratio.map((r) => (r === null ? null : Math.round(r * 1000) / 10)),
          kind: "line" as const,
        },
      ],
    [report],
  );
  const hours = useMemo(() => Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, "0")}:00`), []);
  const station = useMemo(
    () => report.station && [{ label: t("reports.entries"), values: report.station.byHour, kind: "bar" as const }],
    [report],
  );
  const baby = useMemo(
    () => report.baby && [{ label: t("reports.freeUsed"), values: report.baby.used, kind: "bar" as const }],
    [report],
  );
  // Most charts count something over the month's days.
  const area = { report, format: count, labels };
  return (
    <div class="report-charts">
      <AreaChart {...area} name="meals" series={meals} />
      <AreaChart {...area} name="funds" series={funds} labels={fundNames} format={formatFen}>
        <Chart title={t("reports.fundsHistory")} labels={report.funds.months} series={history} format={formatFen} />
      </AreaChart>
      <AreaChart {...area} name="study" series={study} format={percent} />
      <AreaChart {...area} name="station" series={station} labels={hours} />
      <AreaChart {...area} name="baby" series={baby} />
    </div>
  );
}

type AreaProps = {
  report: MonthReport;
  name: ReportChart;
  labels: string[];
  /** None where the community has no such facility. */
  series: ChartSeries[] | null | undefined;
  format: (value: number) => string;
  children?: ComponentChildren;
};

/** One area's section: its chart of the month with the chart's CSV, or a word that the community has none. */
function AreaChart({ report: { community, month }, name, labels, series, format, children }: AreaProps) {
  return (
    <TitledSection id={`report-${name}`} title={t(`reports.${name}`)}>
      {series ? (
        <Chart
          title={t(`reports.${name}Chart`, { month })}
          labels={labels}
          series={series}
          format={format}
          csvHref={reportCsvUrl(community.id, month, name)}
        />
      ) : (
        <p>{t("reports.noFacility")}</p>
      )}
      {children}
    </TitledSection>
  );
}
