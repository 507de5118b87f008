import { requireStaff, staffMay } from "../staff/guard";
import { rolesThatMay } from "../staff/permissions";
import { CommunityParams, createRouter, csvFile, ok, readInput, routesOf, sendCsv } from "../shared/router";
import { districtCsv, districtReport } from "./district-report";
import { monthReport } from "./month-report";
import { reportCsv } from "./report-csv";
import { ChartCsvQuery, DistrictReportSchema, MonthQuery, MonthReportSchema } from "./schemas";

const tags = ["reports"];
const reporters = routesOf({ tags, middleware: staffMay({ community: "reports" }) });
const districtAdmins = routesOf({
  tags,
  middleware: [requireStaff(...rolesThatMay({ community: "compare_communities" }))],
});
const csv = "CSV (UTF-8 with BOM, for Excel)";

export const reportRoutes = createRouter()
  .openapi(
    reporters.get(
      "/communities/{communityId}/reports/month",
      "getMonthReport",
      "A month on every chart: meals by bracket, subsidy against budget, study room, station, baby room",
      { params: CommunityParams, query: MonthQuery },
      ok(MonthReportSchema, "The month", 404),
    ),
    async (c) => c.json(await monthReport(c.var.deps, readInput(c)), 200),
  )
  .openapi(
    reporters.get(
      "/communities/{communityId}/reports/month.csv",
      "exportMonthReportCsv",
      "One chart's figures as CSV, with Chinese headers",
      { params: CommunityParams, query: ChartCsvQuery },
      csvFile(csv),
    ),
    async (c) => {
      const { month, chart } = c.req.valid("query");
      const report = await monthReport(c.var.deps, { ...c.req.valid("param"), month });
      return sendCsv(c, `report-${chart}-${month}.csv`, reportCsv(report, chart));
    },
  )
  .openapi(
    districtAdmins.get(
      "/district/reports/month",
      "getDistrictReport",
      "Every community of the district side by side for a month (district admins)",
      { query: MonthQuery },
      ok(DistrictReportSchema, "The district"),
    ),
    async (c) => c.json(await districtReport(c.var.deps, { who: c.var.staff, ...c.req.valid("query") }), 200),
  )
  .openapi(
    districtAdmins.get(
      "/district/reports/month.csv",
      "exportDistrictReportCsv",
      "The district comparison as CSV, with Chinese headers",
      { query: MonthQuery },
      csvFile(csv),
    ),
    async (c) => {
      const month = c.req.valid("query").month;
      return sendCsv(
        c,
        `district-${month}.csv`,
        districtCsv(await districtReport(c.var.deps, { who: c.var.staff, month })),
      );
    },
  );
