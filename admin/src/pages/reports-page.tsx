import { useEffect } from "preact/hooks";
import { CommunityPicker } from "../components/community-picker/community-picker";
import { Field } from "../components/field/field";
import { Form } from "../components/form/form";
import { DistrictCompare } from "../components/reports/district-compare";
import { MonthCharts } from "../components/reports/month-charts";
import { ResourceView } from "../components/resource-view/resource-view";
import { t } from "../i18n";
import { todayIn } from "../lib/local-date";
import { community, communityId } from "../models/community";
import { may } from "../models/permissions";
import { districtReport, monthReport, reportMonth } from "../models/reports";
import "../components/reports/reports.css";

/** The month on charts for the community (and, for a district admin, the district's communities compared). */
export function ReportsPage() {
  useEffect(() => {
    reportMonth.value ??= todayIn(community.value?.timeZone ?? "Asia/Shanghai").slice(0, 7);
    const stop = [monthReport.watch(), districtReport.watch()];
    return () => stop.forEach((s) => s());
  }, []);
  if (!may.reports.value) return <p role="alert">{t("app.notAllowed")}</p>;
  return (
    <>
      <h1>{t("reports.title")}</h1>
      <MonthForm />
      {may.compareCommunities.value && (
        <ResourceView of={districtReport}>{(r) => <DistrictCompare report={r} />}</ResourceView>
      )}
      {communityId.value ? (
        <ResourceView of={monthReport}>{(r) => <MonthCharts report={r} />}</ResourceView>
      ) : (
        <CommunityPicker />
      )}
    </>
  );
}

function MonthForm() {
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const month = String(new FormData(e.currentTarget as HTMLFormElement).get("month") ?? "");
    if (/^\d{4}-\d{2}$/.test(month)) reportMonth.value = month;
  };
  return (
    <Form class="inline-form" aria-label={t("reports.pick")} onSubmit={onSubmit}>
      <Field label={t("reports.month")} name="month" type="month" required defaultValue={reportMonth.value ?? ""} />
      <button type="submit">{t("reports.show")}</button>
    </Form>
  );
}
