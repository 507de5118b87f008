import { useEffect } from "preact/hooks";
import { CommunityPicker } from "../components/community-picker/community-picker";
import { ResourceView } from "../components/resource-view/resource-view";
import { StaffForm } from "../components/staff-form/staff-form";
import { StaffTable } from "../components/staff-table/staff-table";
import { t } from "../i18n";
import { communityId } from "../models/community";
import { isAdmin } from "../models/session";
import { staffAccounts } from "../models/staff-accounts";

export function StaffPage() {
  useEffect(() => staffAccounts.watch(), []);
  if (!isAdmin.value) return <p role="alert">{t("app.notAllowed")}</p>;
  const id = communityId.value;
  if (!id) return <CommunityPicker />;
  return (
    <>
      <h1>{t("staff.title")}</h1>
      <section aria-labelledby="staff-list-title">
        <h2 id="staff-list-title">{t("staff.list")}</h2>
        <ResourceView of={staffAccounts}>{(staff) => <StaffTable communityId={id} staff={staff} />}</ResourceView>
      </section>
      <section aria-labelledby="staff-add-title">
        <h2 id="staff-add-title">{t("staff.add")}</h2>
        <StaffForm communityId={id} labelledBy="staff-add-title" />
      </section>
    </>
  );
}
