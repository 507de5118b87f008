import { fenToYuan } from "../../common/yuan";
import { csvCell } from "../shared/csv";
import type { MonthReport } from "./month-report";

export const reportCharts = ["meals", "funds", "study", "station", "baby"] as const;
export type ReportChart = (typeof reportCharts)[number];

/** The street office's bracket names, as its forms print them. */
export const BRACKET_NAMES: Record<string, string> = {
  under_12: "12岁以下",
  "12_59": "12至59岁",
  "60_69": "60至69岁",
  "70_79": "70至79岁",
  "80_89": "80至89岁",
  "90_plus": "90岁及以上",
};

const percent = (ratio: number | null) => (ratio === null ? "" : (Math.round(ratio * 1000) / 10).toFixed(1));

/** A chart's figures as a table: Chinese headers, then one row per day, fund or hour. */
function table(report: MonthReport, chart: ReportChart): (string | number)[][] {
  switch (chart) {
    case "meals":
      return [
        ["日期", ...report.meals.brackets.map((b) => BRACKET_NAMES[b] ?? b), "合计"],
        ...report.days.map((d, i) => {
          const counts = report.meals.series.map((s) => s[i] ?? 0);
          return [d, ...counts, counts.reduce((a, b) => a + b, 0)];
        }),
      ];
    case "funds":
      return [
        ["资金", "月度预算（元）", "本月已用（元）", "使用率（%）", "补贴餐数"],
        ...report.funds.items.map((f) => [
          f.name,
          f.budgetFen === null ? "不设上限" : fenToYuan(f.budgetFen),
          fenToYuan(f.usedFen),
          f.budgetFen ? percent(f.usedFen / f.budgetFen) : "",
          f.meals,
        ]),
      ];
    case "study":
      return [["日期", "座位使用率（%）"], ...report.days.map((d, i) => [d, percent(report.study?.ratio[i] ?? null)])];
    case "station":
      return [
        ["时段", "进站人次"],
        ...(report.station?.byHour ?? []).map((n, h) => [`${String(h).padStart(2, "0")}:00`, n]),
      ];
    case "baby":
      return [["日期", "免费次数使用"], ...report.days.map((d, i) => [d, report.baby?.used[i] ?? 0])];
  }
}

/** CSV with a BOM so Excel reads the Chinese; every cell through csvCell, so nothing runs as a formula. */
export function reportCsv(report: MonthReport, chart: ReportChart) {
  const lines = table(report, chart).map((row) => row.map((cell) => csvCell(cell)).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
