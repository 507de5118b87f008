import { isId } from "./audit-words";
type Fields = Record<string, unknown>;
export type FieldChange = { field: string; before?: unknown; after: unknown };
/** Id → name of the people (and facilities, funds) the page's entries hold by id, from the API. */
export type Names = Record<string, string>;

const asFields = (v: unknown): Fields => (v && typeof v === "object" ? (v as Fields) : {});

/** An id-named field is shown when the API named what it holds (a person), never as a bare id. */
const named = (value: unknown, names: Names) =>
  typeof value === "string" ? value in names : Array.isArray(value) && value.some((v) => v in names);

/** The fields an audit entry changed: all of them for a creation, only the differing ones for an update. */
export function describeChange(before: unknown, after: unknown, names: Names = {}): FieldChange[] {
  // A list (a week's hours, the amenities) is one value, not fields numbered 0, 1, 2.
  if (Array.isArray(before) || Array.isArray(after)) {
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    return before == null ? [{ field: "items", after }] : [{ field: "items", before, after }];
  }
  const was = asFields(before);
  const now = asFields(after);
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  return keys
    .filter(
      (k) => !isId(k) || named(was[k], names) || named(now[k], names) || (k.endsWith("Ids") && Array.isArray(now[k])),
    )
    .filter((k) => JSON.stringify(was[k]) !== JSON.stringify(now[k]))
    .map((k) => (k in was ? { field: k, before: was[k], after: now[k] } : { field: k, after: now[k] }));
}
