import { t } from "../../i18n";
import { describeChange, type FieldChange } from "./audit-change";
import { fieldName, showValue } from "./audit-words";
import "./audit-table.css";

function showChange(change: FieldChange, timeZone: string) {
  const field = fieldName(change.field);
  const after = showValue(change.field, change.after, timeZone);
  if (!("before" in change)) return t("audit.set", { field, value: after });
  return t("audit.changed", { field, before: showValue(change.field, change.before, timeZone), after });
}

/** What changed, field by field, in words: "每月预算：¥20000.00 → ¥15000.00". */
export function AuditChangeList({ before, after, timeZone }: { before: unknown; after: unknown; timeZone: string }) {
  const changes = describeChange(before, after);
  if (changes.length === 0) return null;
  return (
    <ul class="change-list">
      {changes.map((change) => (
        <li key={change.field}>{showChange(change, timeZone)}</li>
      ))}
    </ul>
  );
}
