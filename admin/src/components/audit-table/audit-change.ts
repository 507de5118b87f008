import { isId } from "./audit-words";
type Fields = Record<string, unknown>;
export type FieldChange = { field: string; before?: unknown; after: unknown };

const asFields = (v: unknown): Fields => (v && typeof v === "object" ? (v as Fields) : {});

/** The fields an audit entry changed: all of them for a creation, only the differing ones for an update. */
export function describeChange(before: unknown, after: unknown): FieldChange[] {
  // A list (a week's hours, the amenities) is one value, not fields numbered 0, 1, 2.
  if (Array.isArray(before) || Array.isArray(after)) {
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    return before == null ? [{ field: "items", after }] : [{ field: "items", before, after }];
  }
  const was = asFields(before);
  const now = asFields(after);
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  return keys
    .filter((k) => !isId(k) && JSON.stringify(was[k]) !== JSON.stringify(now[k]))
    .map((k) => (k in was ? { field: k, before: was[k], after: now[k] } : { field: k, after: now[k] }));
}
