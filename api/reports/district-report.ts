import { asc, eq } from "drizzle-orm";
import { communities } from "../../db/schema";
import { fenToYuan } from "../../common/yuan";
import type { Deps, StaffPrincipal } from "../shared/context";
import { csvCell } from "../shared/csv";
import { monthReport } from "./month-report";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Every community of the district admin's district, one line each for the month: the figures of
 * each community's own report, summed, so the district compares like with like.
 */
export async function districtReport({ db }: Pick<Deps, "db">, { who, month }: { who: StaffPrincipal; month: string }) {
  const rows = await db
    .select({ id: communities.id })
    .from(communities)
    .where(eq(communities.districtId, who.districtId))
    .orderBy(asc(communities.name));
  const items = [];
  let days: string[] = [];
  let months: string[] = [];
  // One community at a time: a district's dozens of reports should not all hold the database at once.
  for (const { id } of rows) {
    const r = await monthReport({ db }, { communityId: id, month });
    const studyDays = r.study?.ratio.filter((x): x is number => x !== null) ?? [];
    const budgets = r.funds.items.filter((f) => f.budgetFen !== null);
    days = r.days;
    months = r.funds.months;
    items.push({
      communityId: id,
      name: r.community.name,
      meals: sum(r.meals.series.flat()),
      subsidyFen: sum(r.funds.items.map((f) => f.usedFen)),
      budgetFen: budgets.length ? sum(budgets.map((f) => f.budgetFen ?? 0)) : null,
      studyRatio: studyDays.length ? sum(studyDays) / studyDays.length : null,
      stationEntries: r.station ? sum(r.station.byHour) : null,
      babyFreeUsed: r.baby ? sum(r.baby.used) : null,
      // Each of the community's charts as one line, for the district's chart of that kind.
      charts: {
        mealsByDay: r.days.map((_, i) => sum(r.meals.series.map((s) => s[i] ?? 0))),
        subsidyByMonth: r.funds.months.map((_, i) => sum(r.funds.items.map((f) => f.history[i] ?? 0))),
        studyRatio: r.study?.ratio ?? null,
        stationByHour: r.station?.byHour ?? null,
        babyByDay: r.baby?.used ?? null,
      },
    });
  }
  return { month, days, months, items };
}

export function districtCsv(report: Awaited<ReturnType<typeof districtReport>>) {
  const head = [
    "社区",
    "就餐人次",
    "补贴金额（元）",
    "补贴预算（元）",
    "自习室平均使用率（%）",
    "驿站进站人次",
    "宝宝屋免费次数使用",
  ];
  const lines = [
    head,
    ...report.items.map((c) => [
      c.name,
      c.meals,
      fenToYuan(c.subsidyFen),
      c.budgetFen === null ? "不设上限" : fenToYuan(c.budgetFen),
      c.studyRatio === null ? "" : (Math.round(c.studyRatio * 1000) / 10).toFixed(1),
      c.stationEntries ?? "",
      c.babyFreeUsed ?? "",
    ]),
  ].map((row) => row.map((cell) => csvCell(cell)).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
