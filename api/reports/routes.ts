import { createRoute, z } from "@hono/zod-openapi";
import { requireStaff, staffMay } from "../staff/guard";
import { rolesThatMay } from "../staff/permissions";
import { attachment } from "../shared/csv";
import { CommunityParams, createRouter, errors, jsonContent, staffErrors } from "../shared/router";
import { districtCsv, districtReport } from "./district-report";
import { monthReport } from "./month-report";
import { reportCsv } from "./report-csv";
import { ChartCsvQuery, DistrictReportSchema, MonthQuery, MonthReportSchema } from "./schemas";

const tags = ["reports"];
const reporters = staffMay({ community: "reports" });
const districtAdmins = [requireStaff(...rolesThatMay({ community: "compare_communities" }))];
const csv = {
  200: { content: { "text/csv": { schema: z.string() } }, description: "CSV (UTF-8 with BOM, for Excel)" },
};
const csvHeaders = { "content-type": "text/csv; charset=utf-8" };

export const reportRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/communities/{communityId}/reports/month",
      tags,
      operationId: "getMonthReport",
      summary: "A month on every chart: meals by bracket, subsidy against budget, study room, station, baby room",
      middleware: reporters,
      request: { params: CommunityParams, query: MonthQuery },
      responses: { 200: jsonContent(MonthReportSchema, "The month"), ...errors(404), ...staffErrors },
    }),
    async (c) =>
      c.json(
        await monthReport(c.var.deps, {
          communityId: c.req.valid("param").communityId,
          month: c.req.valid("query").month,
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/communities/{communityId}/reports/month.csv",
      tags,
      operationId: "exportMonthReportCsv",
      summary: "One chart's figures as CSV, with Chinese headers",
      middleware: reporters,
      request: { params: CommunityParams, query: ChartCsvQuery },
      responses: { ...csv, ...staffErrors },
    }),
    async (c) => {
      const { month, chart } = c.req.valid("query");
      const report = await monthReport(c.var.deps, { communityId: c.req.valid("param").communityId, month });
      c.header("content-disposition", attachment(`report-${chart}-${month}.csv`));
      return c.body(reportCsv(report, chart), 200, csvHeaders);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/district/reports/month",
      tags,
      operationId: "getDistrictReport",
      summary: "Every community of the district side by side for a month (district admins)",
      middleware: districtAdmins,
      request: { query: MonthQuery },
      responses: { 200: jsonContent(DistrictReportSchema, "The district"), ...staffErrors },
    }),
    async (c) => c.json(await districtReport(c.var.deps, { who: c.var.staff, month: c.req.valid("query").month }), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/district/reports/month.csv",
      tags,
      operationId: "exportDistrictReportCsv",
      summary: "The district comparison as CSV, with Chinese headers",
      middleware: districtAdmins,
      request: { query: MonthQuery },
      responses: { ...csv, ...staffErrors },
    }),
    async (c) => {
      const month = c.req.valid("query").month;
      c.header("content-disposition", attachment(`district-${month}.csv`));
      return c.body(districtCsv(await districtReport(c.var.deps, { who: c.var.staff, month })), 200, csvHeaders);
    },
  );
