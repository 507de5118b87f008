import { ResourceView, useWatch } from "../components/resource-view/resource-view";
import { useAction } from "../hooks/use-action";
import { ActionFeedback } from "../components/action-feedback/action-feedback";
import { AuditFilters } from "../components/audit-table/audit-filters";
import { AuditTable } from "../components/audit-table/audit-table";
import { CommunityPicker } from "../components/community-picker/community-picker";
import { t } from "../i18n";
import { auditFilter, auditLog, loadOlderAudit } from "../models/audit-log";
import { community, communityId } from "../models/community";
import { isAdmin } from "../models/session";

export function AuditPage() {
  useWatch(auditLog);
  const older = useAction();
  if (!isAdmin.value) return <p role="alert">{t("app.notAllowed")}</p>;
  if (!communityId.value) return <CommunityPicker />;
  const filtered = Object.keys(auditFilter.value).length > 0;
  return (
    <>
      <h1>{t("audit.title")}</h1>
      <AuditFilters />
      <ResourceView of={auditLog}>
        {(page) =>
          page.entries.length === 0 ? (
            <p>{t(filtered ? "audit.filter.none" : "audit.empty")}</p>
          ) : (
            <>
              <AuditTable
                entries={page.entries}
                names={page.names}
                timeZone={community.value?.timeZone ?? "Asia/Shanghai"}
              />
              <p class="field-hint">{t("audit.shown", { count: page.entries.length })}</p>
              {page.next && (
                <button
                  type="button"
                  class="secondary"
                  disabled={older.busy.value}
                  onClick={() => older.run(loadOlderAudit)}
                >
                  {t("audit.older")}
                </button>
              )}
              <ActionFeedback action={older} />
            </>
          )
        }
      </ResourceView>
    </>
  );
}
