import { z } from "@hono/zod-openapi";
import { CalendarMonth } from "../shared/calendar";
import { reportCharts } from "./report-csv";

export const MonthQuery = z.object({ month: CalendarMonth });
export const ChartCsvQuery = z.object({ month: CalendarMonth, chart: z.enum(reportCharts) });

const Count = z.number().int();
export const MonthReportSchema = z
  .object({
    community: z.object({ id: z.string(), name: z.string() }),
    month: z.string(),
    days: z.array(z.string()),
    // series[i][d]: meals of bracket i on days[d] (cancelled orders left out).
    meals: z.object({ brackets: z.array(z.string()), series: z.array(z.array(Count)) }),
    funds: z.object({
      months: z.array(z.string()),
      items: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          budgetFen: Count.nullable(),
          usedFen: Count,
          meals: Count,
          // Used per month of `months`, the last being this one.
          history: z.array(Count),
          // The budget in force in each of those months (null: no cap).
          budgetHistory: z.array(Count.nullable()),
        }),
      ),
    }),
    // Null where the community has no such facility.
    study: z.object({ seats: Count, ratio: z.array(z.number().nullable()) }).nullable(),
    station: z.object({ byHour: z.array(Count) }).nullable(),
    baby: z.object({ used: z.array(Count) }).nullable(),
  })
  .openapi("MonthReport");

export const DistrictReportSchema = z
  .object({
    month: z.string(),
    // The x axes of the charts compared: the month's days, and it with the five months before.
    days: z.array(z.string()),
    months: z.array(z.string()),
    items: z.array(
      z.object({
        communityId: z.string(),
        name: z.string(),
        meals: Count,
        subsidyFen: Count,
        budgetFen: Count.nullable(),
        studyRatio: z.number().nullable(),
        stationEntries: Count.nullable(),
        babyFreeUsed: Count.nullable(),
        charts: z.object({
          mealsByDay: z.array(Count),
          subsidyByMonth: z.array(Count),
          studyRatio: z.array(z.number().nullable()).nullable(),
          stationByHour: z.array(Count).nullable(),
          babyByDay: z.array(Count).nullable(),
        }),
      }),
    ),
  })
  .openapi("DistrictReport");
