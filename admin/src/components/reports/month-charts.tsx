import { useMemo } from "preact/hooks";
import { t, tryT } from "../../i18n";
import { formatFen } from "../../lib/money";
import { type MonthReport, reportCsvUrl } from "../../models/reports";
import { Chart } from "../chart/chart";

const count = (v: number) => String(Math.round(v));
const percent = (v: number) => `${Math.round(v)}%`;
const dayLabel = (date: string) => date.slice(5);

/** The month of one community on five charts, each with its figures and its CSV. */
export function MonthCharts({ report }: { report: MonthReport }) {
  const { community, month, days } = report;
  const csv = (chart: Parameters<typeof reportCsvUrl>[2]) => reportCsvUrl(community.id, month, chart);
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
  return (
    <div class="report-charts">
      <section aria-labelledby="report-meals">
        <h2 id="report-meals">{t("reports.meals")}</h2>
        <Chart
          title={t("reports.mealsChart", { month })}
          labels={labels}
          series={meals}
          format={count}
          csvHref={csv("meals")}
        />
      </section>
      <section aria-labelledby="report-funds">
        <h2 id="report-funds">{t("reports.funds")}</h2>
        <Chart
          title={t("reports.fundsChart", { month })}
          labels={fundNames}
          series={funds}
          format={formatFen}
          csvHref={csv("funds")}
        />
        <Chart title={t("reports.fundsHistory")} labels={report.funds.months} series={history} format={formatFen} />
      </section>
      <section aria-labelledby="report-study">
        <h2 id="report-study">{t("reports.study")}</h2>
        {study ? (
          <Chart
            title={t("reports.studyChart", { month })}
            labels={labels}
            series={study}
            format={percent}
            csvHref={csv("study")}
          />
        ) : (
          <p>{t("reports.noFacility")}</p>
        )}
      </section>
      <section aria-labelledby="report-station">
        <h2 id="report-station">{t("reports.station")}</h2>
        {station ? (
          <Chart
            title={t("reports.stationChart", { month })}
            labels={hours}
            series={station}
            format={count}
            csvHref={csv("station")}
          />
        ) : (
          <p>{t("reports.noFacility")}</p>
        )}
      </section>
      <section aria-labelledby="report-baby">
        <h2 id="report-baby">{t("reports.baby")}</h2>
        {baby ? (
          <Chart
            title={t("reports.babyChart", { month })}
            labels={labels}
            series={baby}
            format={count}
            csvHref={csv("baby")}
          />
        ) : (
          <p>{t("reports.noFacility")}</p>
        )}
      </section>
    </div>
  );
}
