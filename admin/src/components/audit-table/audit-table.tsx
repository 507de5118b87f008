import { locale, t, tryT } from "../../i18n";
import type { AuditEntry } from "../../models/audit-log";
import { AuditChangeList } from "./audit-change-list";
import { DataTable } from "../data-table/data-table";

/** Newest first; times in the community's own zone, whatever the browser's zone is. */
export function AuditTable({ entries, timeZone }: { entries: AuditEntry[]; timeZone: string }) {
  if (entries.length === 0) return <p>{t("audit.empty")}</p>;
  const when = new Intl.DateTimeFormat(locale.value, { dateStyle: "medium", timeStyle: "medium", timeZone });
  return (
    <DataTable
      caption={t("audit.title")}
      columns={[t("audit.at"), t("audit.who"), t("audit.action"), t("audit.target"), t("audit.change")]}
      rows={entries}
      row={(e) => (
        <tr key={e.id}>
          <td>
            <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
          </td>
          <td>{e.staffName ?? "—"}</td>
          <td>{tryT(`audit.action.${e.action}`) ?? e.action}</td>
          <td>{tryT(`audit.entity.${e.entity}`) ?? e.entity}</td>
          <td>
            <AuditChangeList before={e.before} after={e.after} />
          </td>
        </tr>
      )}
    />
  );
}
