import { t } from "../../i18n";
import { describeChange, type FieldChange, type Names } from "./audit-change";
import { fieldName, showValue } from "./audit-words";
import "./audit-table.css";

const nameOf = (names: Names) => (id: unknown) => (typeof id === "string" ? (names[id] ?? t("audit.unknown")) : "");

function showChange(change: FieldChange, timeZone: string, names: Names) {
  const field = fieldName(change.field);
  const show = (v: unknown) =>
    change.field.endsWith("Id") && typeof v === "string" ? nameOf(names)(v) : showValue(change.field, v, timeZone);
  const after = show(change.after);
  if (!("before" in change)) return t("audit.set", { field, value: after });
  return t("audit.changed", { field, before: show(change.before), after });
}

/** People held by a list of ids (whom a closure touched): how many, and their names one click away. */
function PeopleList({ field, ids, names }: { field: string; ids: unknown[]; names: Names }) {
  return (
    <details class="audit-people">
      <summary>{t("audit.people", { field: fieldName(field), count: ids.length })}</summary>
      <ul>
        {ids.map((id) => (
          <li key={String(id)}>{nameOf(names)(id)}</li>
        ))}
      </ul>
    </details>
  );
}

/** What changed, field by field, in words: "每月预算：¥20000.00 → ¥15000.00", people by name. */
export function AuditChangeList({
  before,
  after,
  timeZone,
  names = {},
}: {
  before: unknown;
  after: unknown;
  timeZone: string;
  names?: Names;
}) {
  const changes = describeChange(before, after, names);
  if (changes.length === 0) return null;
  return (
    <ul class="change-list">
      {changes.map((change) => (
        <li key={change.field}>
          {change.field.endsWith("Ids") && Array.isArray(change.after) ? (
            <PeopleList field={change.field} ids={change.after} names={names} />
          ) : (
            showChange(change, timeZone, names)
          )}
        </li>
      ))}
    </ul>
  );
}
