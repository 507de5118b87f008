import type { SQL } from "drizzle-orm";
import { insertIf } from "../../db/insert-rows";
import { auditLog } from "../../db/schema";
import type { Deps, StaffPrincipal } from "../shared/context";
import { newId } from "../shared/crypto";

export type AuditChange = {
  communityId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** A change and the staff member who made it. */
export type StaffChange = AuditChange & { actor: StaffPrincipal };

/**
 * The audit row for a change, as an unexecuted statement: callers put it in the same
 * db.batch as the change so the log can never miss a change or record one that failed.
 */
export function auditInsert(deps: Pick<Deps, "db" | "clock">, change: StaffChange) {
  return deps.db.insert(auditLog).values(auditRow(deps, change));
}

/** The audit row only if `condition` holds when the batch runs: the change it records happened. */
export function auditInsertIf(
  deps: Pick<Deps, "db" | "clock">,
  { condition, ...change }: StaffChange & { condition: SQL },
) {
  return insertIf(deps.db, auditLog, auditRow(deps, change), condition);
}

function auditRow(deps: Pick<Deps, "clock">, { actor, ...change }: StaffChange) {
  return {
    id: newId(),
    districtId: actor.districtId,
    communityId: change.communityId,
    staffId: actor.id,
    action: change.action,
    entity: change.entity,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
    at: deps.clock.now(),
  };
}
