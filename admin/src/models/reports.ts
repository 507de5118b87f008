import { signal } from "@preact/signals";
import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { api } from "../api";
import { communityId } from "./community";
import { may } from "./permissions";

/** The month the reports page shows (YYYY-MM); set when the page opens. */
export const reportMonth = signal<string | null>(null);

export const monthReport = resource(
  () =>
    may.reports.value && communityId.value && reportMonth.value ? `${communityId.value}|${reportMonth.value}` : null,
  async (key) => {
    const [id, month] = key.split("|") as [string, string];
    return unwrap(api.communities[":communityId"].reports.month.$get({ param: { communityId: id }, query: { month } }));
  },
);

export const districtReport = resource(
  () => (may.compareCommunities.value ? reportMonth.value : null),
  async (month) => unwrap(api.district.reports.month.$get({ query: { month } })),
);

export type MonthReport = NonNullable<typeof monthReport.data.value>;
export type DistrictReport = NonNullable<typeof districtReport.data.value>;
export type ReportChart = "meals" | "funds" | "study" | "station" | "baby";

export const reportCsvUrl = (id: string, month: string, chart: ReportChart) =>
  `/api/communities/${encodeURIComponent(id)}/reports/month.csv?${new URLSearchParams({ month, chart })}`;
export const districtCsvUrl = (month: string) => `/api/district/reports/month.csv?${new URLSearchParams({ month })}`;
