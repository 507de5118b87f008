import { t, tryT } from "../../i18n";
import { describeChange, type FieldChange } from "./audit-change";
import "./audit-table.css";

/** Field names and values in the reader's language where the catalogue knows them. */
function showValue(field: string, value: unknown) {
  if (value === undefined || value === null) return "—";
  if (typeof value === "boolean") return t(value ? "audit.yes" : "audit.no");
  if (typeof value === "object") return JSON.stringify(value);
  return (field === "role" && tryT(`role.${String(value)}`)) || String(value);
}

function showChange(change: FieldChange) {
  const field = tryT(`audit.field.${change.field}`) ?? change.field;
  const after = showValue(change.field, change.after);
  if (!("before" in change)) return t("audit.set", { field, value: after });
  return t("audit.changed", { field, before: showValue(change.field, change.before), after });
}

export function AuditChangeList({ before, after }: { before: unknown; after: unknown }) {
  return (
    <ul class="change-list">
      {describeChange(before, after).map((change) => (
        <li key={change.field}>{showChange(change)}</li>
      ))}
    </ul>
  );
}
