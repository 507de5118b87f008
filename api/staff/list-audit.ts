import { and, desc, eq, lt } from "drizzle-orm";
import { auditLog, staff } from "../../db/schema";
import type { Deps } from "../shared/context";

export async function listAudit(
  { db }: Deps,
  { communityId, query }: { communityId: string; query: { before?: Date; limit: number } },
) {
  const rows = await db
    .select({ entry: auditLog, staffName: staff.displayName })
    .from(auditLog)
    .leftJoin(staff, eq(staff.id, auditLog.staffId))
    .where(and(eq(auditLog.communityId, communityId), query.before ? lt(auditLog.at, query.before) : undefined))
    .orderBy(desc(auditLog.at))
    .limit(query.limit);
  return rows.map(({ entry, staffName }) => ({
    id: entry.id,
    at: entry.at.toISOString(),
    staffId: entry.staffId,
    staffName,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before,
    after: entry.after,
  }));
}
