import { useEffect } from "preact/hooks";
import { AuditTable } from "../components/audit-table/audit-table";
import { CommunityPicker } from "../components/community-picker/community-picker";
import { ResourceView } from "../components/resource-view/resource-view";
import { t } from "../i18n";
import { auditLog } from "../models/audit-log";
import { community, communityId } from "../models/community";
import { isAdmin } from "../models/session";

export function AuditPage() {
  useEffect(() => auditLog.watch(), []);
  if (!isAdmin.value) return <p role="alert">{t("app.notAllowed")}</p>;
  if (!communityId.value) return <CommunityPicker />;
  return (
    <>
      <h1>{t("audit.title")}</h1>
      <ResourceView of={auditLog}>
        {(entries) => <AuditTable entries={entries} timeZone={community.value?.timeZone ?? "Asia/Shanghai"} />}
      </ResourceView>
    </>
  );
}
