import { and, eq, isNull, sql } from "drizzle-orm";
import { type AlertKind, alertStates } from "../../../db/schema";
import { resolveWelfareAlert } from "../../canteen/delivery";
import { answerStaffCall } from "../../identity/staff-calls/answer-staff-call";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { DomainError } from "../../shared/errors";
import { assertMay } from "../../staff/guard";

type AlertRef = { actor: StaffPrincipal; communityId: string; kind: AlertKind; alertId: string };

/** Who may act on which alert: the same permissions that show it on the live page. */
function assertMayAct(actor: StaffPrincipal, kind: AlertKind) {
  if (kind === "staff_call") assertMay(actor, { community: "staff_calls" });
  else if (kind === "welfare") assertMay(actor, { facility: "canteen", action: "welfare" });
  else assertMay(actor, { facility: "station", action: "operate" });
}

/** "I'm on it": recorded once per alert (a second tap, or a colleague's, changes nothing), audited. */
export async function acknowledgeAlert(deps: Deps, { actor, communityId, kind, alertId }: AlertRef) {
  assertMayAct(actor, kind);
  const { db, clock } = deps;
  const now = clock.now();
  await db.batch([
    db
      .insert(alertStates)
      .values({ communityId, kind, alertId, acknowledgedAt: now, acknowledgedBy: actor.id })
      .onConflictDoUpdate({
        target: [alertStates.kind, alertStates.alertId],
        set: { acknowledgedAt: now, acknowledgedBy: actor.id },
        setWhere: sql`${alertStates.acknowledgedAt} IS NULL`,
      }),
    auditInsert(deps, { actor, communityId, action: "alert.acknowledge", entity: kind, entityId: alertId }),
  ]);
  const [row] = await db
    .select()
    .from(alertStates)
    .where(and(eq(alertStates.kind, kind), eq(alertStates.alertId, alertId), eq(alertStates.communityId, communityId)));
  return { kind, id: alertId, acknowledgedAt: row?.acknowledgedAt?.toISOString() ?? now.toISOString() };
}

/** Done: a staff call is dismissed, a welfare check resolved with a note, a failed door marked seen to. */
export async function resolveAlert(
  deps: Deps,
  { actor, communityId, kind, alertId, note }: AlertRef & { note: string },
) {
  assertMayAct(actor, kind);
  const { db, clock } = deps;
  if (kind === "staff_call") await answerStaffCall(deps, { actor, communityId, callId: alertId, who: null });
  else if (kind === "welfare") await resolveWelfareAlert(deps, { actor, communityId, alertId, note });
  else {
    const [done] = await db
      .insert(alertStates)
      .values({ communityId, kind, alertId, resolvedAt: clock.now(), resolvedBy: actor.id })
      .onConflictDoUpdate({
        target: [alertStates.kind, alertStates.alertId],
        set: { resolvedAt: clock.now(), resolvedBy: actor.id },
        setWhere: isNull(alertStates.resolvedAt),
      })
      .returning();
    if (!done) throw new DomainError("conflict", "ALERT_NOT_OPEN", "This alert is already resolved");
    await auditInsert(deps, {
      actor,
      communityId,
      action: "alert.resolve",
      entity: kind,
      entityId: alertId,
      after: { note },
    });
  }
  return { kind, id: alertId, resolved: true as const };
}
