import { and, desc, eq, gte, lt, or, type SQL, sql } from "drizzle-orm";
import { auditLog, communities, staff } from "../../db/schema";
import type { Deps } from "../shared/context";
import { addDays, zonedInstant } from "../shared/time";
import { idsIn, namesOf } from "./audit-names";
import { subjectId, subjectKind, subjectName } from "./audit-subject";

export type AuditQuery = {
  person?: string;
  staff?: string;
  kind?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
};

/** A page of the log, newest first, and the cursor of the next (older) page while there is one. */
export async function listAudit({ db }: Deps, { communityId, query }: { communityId: string; query: AuditQuery }) {
  const [community] = await db
    .select({ timeZone: communities.timeZone, districtId: communities.districtId })
    .from(communities)
    .where(eq(communities.id, communityId));
  const timeZone = community?.timeZone ?? "Asia/Shanghai";
  const rows = await db
    .select({ entry: auditLog, staffName: staff.displayName, subjectKind, subjectId, subjectName })
    .from(auditLog)
    .leftJoin(staff, eq(staff.id, auditLog.staffId))
    .where(and(eq(auditLog.communityId, communityId), ...filters(query, timeZone)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const ids = new Set<string>();
  for (const { entry } of page) idsIn([entry.before, entry.after], ids);
  return {
    // The names of the people (and facilities, funds) the page's changes name by id.
    names: community ? await namesOf({ db }, { communityId, districtId: community.districtId, ids }) : {},
    entries: page.map(({ entry, staffName, ...who }) => ({
      id: entry.id,
      at: entry.at.toISOString(),
      staffId: entry.staffId,
      staffName,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      subject:
        who.subjectKind && who.subjectId ? { kind: who.subjectKind, id: who.subjectId, name: who.subjectName } : null,
      before: entry.before,
      after: entry.after,
    })),
    next: rows.length > query.limit && last ? `${last.entry.at.getTime()}~${last.entry.id}` : null,
  };
}

function filters(query: AuditQuery, timeZone: string): (SQL | undefined)[] {
  const [cursorAt, cursorId] = query.cursor ? query.cursor.split("~") : [];
  return [
    query.person ? eq(subjectId, query.person) : undefined,
    query.staff ? eq(auditLog.staffId, query.staff) : undefined,
    // A kind is an action ("pass.issue") or a family of them ("pass", "study_room").
    query.kind
      ? or(
          eq(auditLog.action, query.kind),
          eq(sql`substr(${auditLog.action}, 1, ${query.kind.length + 1})`, `${query.kind}.`),
        )
      : undefined,
    query.from ? gte(auditLog.at, zonedInstant(query.from, "00:00", timeZone)) : undefined,
    query.to ? lt(auditLog.at, zonedInstant(addDays(query.to, 1), "00:00", timeZone)) : undefined,
    cursorAt && cursorId
      ? or(
          lt(auditLog.at, new Date(Number(cursorAt))),
          and(eq(auditLog.at, new Date(Number(cursorAt))), lt(auditLog.id, cursorId)),
        )
      : undefined,
  ];
}
