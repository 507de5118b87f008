import { sql } from "drizzle-orm";
import type { Deps } from "../shared/context";

// Record ids sit in an entry's before/after under keys named for them (familyId, courierId,
// holderIds …); the log shows the names they stand for instead.
const isIdKey = (key: string) => key.endsWith("Id") || key.endsWith("Ids");

/** Every id an entry's before/after holds under an id-named key, a few levels deep. */
export function idsIn(value: unknown, into = new Set<string>(), depth = 0): Set<string> {
  if (depth > 3 || value === null || typeof value !== "object") return into;
  if (Array.isArray(value)) {
    for (const v of value) idsIn(v, into, depth + 1);
    return into;
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (isIdKey(key) && typeof v === "string") into.add(v);
    else if (isIdKey(key) && Array.isArray(v))
      for (const x of v)
        if (typeof x === "string") into.add(x);
        else idsIn(v, into, depth + 1);
  }
  return into;
}

/**
 * The names of the people, staff, facilities and funds these ids stand for, within the community
 * (staff also the district's), in one query: the ids go as one JSON parameter (D1 binds at most
 * 100), not a query per entry. An id of anything else, or of another community, stays unnamed.
 */
export async function namesOf(
  { db }: Pick<Deps, "db">,
  { communityId, districtId, ids }: { communityId: string; districtId: string; ids: Iterable<string> },
): Promise<Record<string, string>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return {};
  const rows = await db.all<{ id: string; name: string | null }>(sql`
    WITH wanted(id) AS (SELECT DISTINCT value FROM json_each(${JSON.stringify(list)}))
    SELECT w.id, coalesce(r.name, c.name, ch.name, s.display_name, f.name, fu.name) AS name FROM wanted w
    LEFT JOIN residents r ON r.id = w.id AND r.community_id = ${communityId}
    LEFT JOIN couriers c ON c.id = w.id AND c.community_id = ${communityId}
    LEFT JOIN children ch ON ch.id = w.id AND ch.community_id = ${communityId}
    LEFT JOIN staff s ON s.id = w.id AND s.district_id = ${districtId} AND (s.community_id = ${communityId} OR s.community_id IS NULL)
    LEFT JOIN facilities f ON f.id = w.id AND f.community_id = ${communityId}
    LEFT JOIN funds fu ON fu.id = w.id AND fu.community_id = ${communityId}`);
  return Object.fromEntries(rows.filter((r) => r.name !== null).map((r) => [r.id, r.name!]));
}
