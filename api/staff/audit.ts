import type { Db } from "../../db/client";
import { auditLog } from "../../db/schema";
import type { Deps, StaffPrincipal } from "../shared/context";

export type AuditChange = {
  communityId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/**
 * The audit row for a change, as an unexecuted statement: callers put it in the same
 * db.batch as the change so the log can never miss a change or record one that failed.
 */
export function auditInsert(db: Db, deps: Pick<Deps, "clock">, actor: StaffPrincipal, change: AuditChange) {
  return db.insert(auditLog).values({
    id: crypto.randomUUID(),
    districtId: actor.districtId,
    communityId: change.communityId,
    staffId: actor.id,
    action: change.action,
    entity: change.entity,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
    at: deps.clock.now(),
  });
}
