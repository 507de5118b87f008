import { useMemo } from "preact/hooks";
import { t } from "../../i18n";
import { formatFen } from "../../lib/money";
import { type DistrictReport, districtCsvUrl } from "../../models/reports";
import { Chart } from "../chart/chart";
import { DataTable } from "../data-table/data-table";
import { DistrictCharts } from "./district-charts";

const ratio = (r: number | null) => (r === null ? "—" : `${Math.round(r * 1000) / 10}%`);
const orNone = (n: number | null) => (n === null ? "—" : String(n));

/** The district's communities side by side for the month, from each community's own report. */
export function DistrictCompare({ report }: { report: DistrictReport }) {
  const names = useMemo(() => report.items.map((c) => c.name), [report]);
  const subsidy = useMemo(
    () => [
      { label: t("reports.used"), values: report.items.map((c) => c.subsidyFen), kind: "bar" as const },
      { label: t("reports.budget"), values: report.items.map((c) => c.budgetFen), kind: "bar" as const },
    ],
    [report],
  );
  const meals = useMemo(
    () => [{ label: t("reports.mealsCount"), values: report.items.map((c) => c.meals), kind: "bar" as const }],
    [report],
  );
  return (
    <section aria-labelledby="district-title">
      <h2 id="district-title">{t("reports.district", { month: report.month })}</h2>
      <DataTable
        caption={t("reports.district", { month: report.month })}
        columns={[
          t("reports.community"),
          { label: t("reports.mealsCount"), num: true },
          { label: t("reports.used"), num: true },
          { label: t("reports.budget"), num: true },
          { label: t("reports.studyRatio"), num: true },
          { label: t("reports.entries"), num: true },
          { label: t("reports.freeUsed"), num: true },
        ]}
        rows={report.items}
        row={(c) => (
          <tr key={c.communityId} data-community={c.communityId}>
            <th scope="row">{c.name}</th>
            <td class="num">{c.meals}</td>
            <td class="num">{formatFen(c.subsidyFen)}</td>
            <td class="num">{c.budgetFen === null ? t("funds.noCap") : formatFen(c.budgetFen)}</td>
            <td class="num">{ratio(c.studyRatio)}</td>
            <td class="num">{orNone(c.stationEntries)}</td>
            <td class="num">{orNone(c.babyFreeUsed)}</td>
          </tr>
        )}
      />
      <a class="button-link" href={districtCsvUrl(report.month)} download>
        {t("reports.districtCsv")}
      </a>
      <Chart title={t("reports.districtMeals")} labels={names} series={meals} format={(v) => String(Math.round(v))} />
      <Chart title={t("reports.districtSubsidy")} labels={names} series={subsidy} format={formatFen} />
      <DistrictCharts report={report} />
    </section>
  );
}
