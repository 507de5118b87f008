type Fields = Record<string, unknown>;
export type FieldChange = { field: string; before?: unknown; after: unknown };

const asFields = (v: unknown): Fields => (v && typeof v === "object" ? (v as Fields) : {});
// Record ids mean nothing to the staff reading the log; the other columns already say what changed.
const isId = (key: string) => key === "id" || key.endsWith("Id");

/** The fields an audit entry changed: all of them for a creation, only the differing ones for an update. */
export function describeChange(before: unknown, after: unknown): FieldChange[] {
  const was = asFields(before);
  const now = asFields(after);
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  return keys
    .filter((k) => !isId(k) && JSON.stringify(was[k]) !== JSON.stringify(now[k]))
    .map((k) => (k in was ? { field: k, before: was[k], after: now[k] } : { field: k, after: now[k] }));
}
