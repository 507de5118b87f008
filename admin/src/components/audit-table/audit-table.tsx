import { locale, t } from "../../i18n";
import type { AuditEntry } from "../../models/audit-log";
import { DataTable } from "../data-table/data-table";
import type { Names } from "./audit-change";
import { AuditChangeList } from "./audit-change-list";
import { sentenceOf } from "./audit-words";

/**
 * Newest first, each entry a sentence (who did what to whom), what changed in words, and the
 * stored record one click away for when the words are not enough. Times in the community's zone.
 */
export function AuditTable({ entries, names, timeZone }: { entries: AuditEntry[]; names: Names; timeZone: string }) {
  const when = new Intl.DateTimeFormat(locale.value, { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <DataTable
      class="audit-table"
      caption={t("audit.title")}
      columns={[t("audit.at"), t("audit.what"), t("audit.raw")]}
      rows={entries}
      row={(e) => (
        <tr key={e.id}>
          <td class="audit-at">
            <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
          </td>
          <td>
            <p class="audit-sentence">{sentenceOf(e)}</p>
            <AuditChangeList before={e.before} after={e.after} timeZone={timeZone} names={names} />
          </td>
          <td class="audit-raw">
            <details>
              <summary>{t("audit.raw")}</summary>
              <pre>{JSON.stringify(raw(e), null, 2)}</pre>
            </details>
          </td>
        </tr>
      )}
    />
  );
}

/** The record as stored, as a developer or an inspector would ask for it. */
const raw = (e: AuditEntry) => ({
  at: e.at,
  staffId: e.staffId,
  action: e.action,
  entity: e.entity,
  entityId: e.entityId,
  subject: e.subject,
  before: e.before,
  after: e.after,
});
