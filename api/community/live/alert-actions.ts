import { and, eq, exists, isNull, type SQL, sql } from "drizzle-orm";
import { type AlertKind, alertStates, doorEvents, staffCalls, welfareAlerts } from "../../../db/schema";
import { resolveWelfareAlert } from "../../canteen/delivery";
import { answerStaffCall } from "../../identity/staff-calls/answer-staff-call";
import { auditInsertIf } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { DomainError, notFound } from "../../shared/errors";
import { assertMay } from "../../staff/guard";
import { findInCommunity } from "../../shared/find-in-community";

type AlertRef = { actor: StaffPrincipal; communityId: string; kind: AlertKind; alertId: string };

/** Who may act on which alert: the same permissions that show it on the live page. */
function assertMayAct(actor: StaffPrincipal, kind: AlertKind) {
  if (kind === "staff_call") assertMay(actor, { community: "staff_calls" });
  else if (kind === "welfare") assertMay(actor, { facility: "canteen", action: "welfare" });
  else assertMay(actor, { facility: "station", action: "operate" });
}

const alertTables = { staff_call: staffCalls, welfare: welfareAlerts, door: doorEvents } as const;

/** The alert, only if it is this community's: an alert is never moved, so one read settles it. */
async function assertAlertHere(deps: Pick<Deps, "db">, { communityId, kind, alertId }: Omit<AlertRef, "actor">) {
  const row = await findInCommunity(deps, alertTables[kind], { id: alertId, communityId }, "Alert");
  // A door event is an alert only when its relay failed.
  if ("outcome" in row && row.outcome !== "relay_failed") throw notFound("Alert");
}

/** The alert's state row now carries this very change: the audit line is written only then. */
const stateIs = (deps: Pick<Deps, "db">, { kind, alertId }: Pick<AlertRef, "kind" | "alertId">, change: SQL) =>
  exists(
    deps.db
      .select({ id: alertStates.alertId })
      .from(alertStates)
      .where(and(eq(alertStates.kind, kind), eq(alertStates.alertId, alertId), change)),
  );

/** "I'm on it": recorded once per alert (a second tap, or a colleague's, changes nothing), audited. */
export async function acknowledgeAlert(deps: Deps, { actor, communityId, kind, alertId }: AlertRef) {
  assertMayAct(actor, kind);
  await assertAlertHere(deps, { communityId, kind, alertId });
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
    auditInsertIf(deps, {
      actor,
      communityId,
      action: "alert.acknowledge",
      entity: kind,
      entityId: alertId,
      condition: stateIs(
        deps,
        { kind, alertId },
        and(eq(alertStates.acknowledgedAt, now), eq(alertStates.acknowledgedBy, actor.id)) as SQL,
      ),
    }),
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
  await assertAlertHere(deps, { communityId, kind, alertId });
  const { db, clock } = deps;
  if (kind === "staff_call") await answerStaffCall(deps, { actor, communityId, callId: alertId, who: null });
  else if (kind === "welfare") await resolveWelfareAlert(deps, { actor, communityId, alertId, note });
  else {
    const now = clock.now();
    const [done] = await db.batch([
      db
        .insert(alertStates)
        .values({ communityId, kind, alertId, resolvedAt: now, resolvedBy: actor.id })
        .onConflictDoUpdate({
          target: [alertStates.kind, alertStates.alertId],
          set: { resolvedAt: now, resolvedBy: actor.id },
          setWhere: isNull(alertStates.resolvedAt),
        })
        .returning(),
      auditInsertIf(deps, {
        actor,
        communityId,
        action: "alert.resolve",
        entity: kind,
        entityId: alertId,
        after: { note },
        condition: stateIs(
          deps,
          { kind, alertId },
          and(eq(alertStates.resolvedAt, now), eq(alertStates.resolvedBy, actor.id)) as SQL,
        ),
      }),
    ]);
    if (done.length === 0) throw new DomainError("conflict", "ALERT_NOT_OPEN", "This alert is already resolved");
  }
  return { kind, id: alertId, resolved: true as const };
}
