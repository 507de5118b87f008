import { ResourceView, useWatch } from "../components/resource-view/resource-view";
import { CommunityPage } from "../components/community-page/community-page";
import { StaffForm } from "../components/staff-form/staff-form";
import { StaffTable } from "../components/staff-table/staff-table";
import { TitledSection } from "../components/titled-section/titled-section";
import { t } from "../i18n";
import { isAdmin } from "../models/session";
import { staffAccounts } from "../models/staff-accounts";

export function StaffPage() {
  useWatch(staffAccounts);
  return (
    <CommunityPage allowed={isAdmin.value} title={t("staff.title")}>
      {(id) => (
        <>
          <TitledSection id="staff-list-title" title={t("staff.list")}>
            <ResourceView of={staffAccounts}>{(staff) => <StaffTable communityId={id} staff={staff} />}</ResourceView>
          </TitledSection>
          <TitledSection id="staff-add-title" title={t("staff.add")}>
            <StaffForm communityId={id} labelledBy="staff-add-title" />
          </TitledSection>
        </>
      )}
    </CommunityPage>
  );
}
