type Fields = Record<string, unknown>;

const asFields = (v: unknown): Fields => (v && typeof v === "object" ? (v as Fields) : {});
const show = (v: unknown) => (v === undefined || v === null ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v));

/** "role: canteen_staff → station_keeper" for each field an audit entry changed. */
export function describeChange(before: unknown, after: unknown): string[] {
  const was = asFields(before);
  const now = asFields(after);
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((k) => k !== "id" && show(was[k]) !== show(now[k]));
  return keys.map((k) => (k in was ? `${k}: ${show(was[k])} → ${show(now[k])}` : `${k}: ${show(now[k])}`));
}
