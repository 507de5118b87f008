import { eq, sql } from "drizzle-orm";
import { babyRoomPolicies } from "../../../db/schema";
import { offerFreedPlaces } from "../../booking/waitlist";
import { auditInsert } from "../../staff/audit";
import { assertMay } from "../../staff/guard";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { raisedCode, refuseUnless } from "../../shared/db-errors";
import { DomainError } from "../../shared/errors";
import { localDate } from "../../shared/time";
import { listSessions } from "../list-sessions";
import { loadBabyRoom } from "../load-baby-room";
import { periodChangeAllowed, sessionCapacity } from "../rules";
import { bookingsBeyond, type LoweringChoice, loweringOutcome, sessionCapacityStatements } from "./session-capacity";
import { newId } from "../../shared/crypto";

export type PolicyInput = {
  allowancePerPeriod: number;
  periodMonths: number;
  rolloverMax: number;
  beyondAllowance: "refuse" | "paid";
  noShowConsumes: boolean;
  cancelCutoffMinutes: number;
  roomSize: number;
  feverTenths: number;
};

const YEAR_MS = 366 * 24 * 60 * 60_000;

/**
 * The room's rules, changed by those who manage it (not the room's own staff, as the canteen's
 * prices). The policy has no versions: the change applies from now on — a new allowance to the
 * periods not granted yet (a grant already written stays; staff adjust a ledger by hand), the
 * cut-off and no-show rule to what happens next — with the rules before and after in the audit.
 * The room's size is every session's cap, so the sessions to come get their new capacity in the
 * same batch; below what is booked, staff choose keep or cancel (with notice and refunds) first.
 */
export async function updateBabyRoomPolicy(
  deps: Deps,
  {
    actor,
    communityId,
    reason,
    choice,
    ...policy
  }: { actor: StaffPrincipal; communityId: string; reason: string; choice?: LoweringChoice | undefined } & PolicyInput,
) {
  assertMay(actor, { facility: "baby_room", action: "manage" });
  const { db, clock } = deps;
  for (let attempt = 1; ; attempt++) {
    const now = clock.now();
    const room = await loadBabyRoom({ db }, { communityId });
    if (!periodChangeAllowed(localDate(now, room.timeZone), room.policy.periodMonths, policy.periodMonths))
      throw new DomainError(
        "unprocessable",
        "PERIOD_CHANGE_MIDWAY",
        "Today's allowance period would start on another day: change the period length when both start together",
      );
    const sessions = await listSessions(
      { db },
      { facilityId: room.facility.id, from: now, to: new Date(+now + YEAR_MS) },
    );
    const changes = sessions
      .filter((s) => s.inService)
      .map((s) => ({ ...s, capacity: sessionCapacity(s.caregivers, s.type.ratio, policy.roomSize), was: s.capacity }))
      .filter((s) => s.capacity !== s.was);
    const beyond = await bookingsBeyond({ db }, { room, changes, choice });
    const changeId = newId();
    const { facilityId: _f, communityId: _c, updatedAt: _u, ...before } = room.policy;
    try {
      await db.batch([
        // Every statement below was computed from the rules read above: a change landing in between
        // (another admin's) aborts this batch, and the change is worked out again on the new rules.
        refuseUnless(db, "BATCH_REFUSED", rulesStillAre(room.facility.id, before)),
        db
          .update(babyRoomPolicies)
          .set({ ...policy, updatedAt: now })
          .where(eq(babyRoomPolicies.facilityId, room.facility.id)),
        ...sessionCapacityStatements(
          { db },
          { room, changes, beyond, choice: choice ?? "keep", reason, changeId, at: now, label: room.facility.name },
        ),
        auditInsert(deps, {
          actor,
          communityId,
          action: "baby_room.update_policy",
          entity: "baby_room_policy",
          entityId: room.facility.id,
          before,
          after: {
            ...policy,
            reason,
            sessionsResized: changes.length,
            choice: beyond.length ? choice : null,
            affected: beyond.map((b) => ({ bookingId: b.id, holder: b.holderName })),
          },
        }),
      ]);
    } catch (err) {
      if (raisedCode(err, ["BATCH_REFUSED"]) && attempt < 3) continue;
      if (raisedCode(err, ["BATCH_REFUSED"]))
        throw new DomainError("conflict", "EDITED_CONCURRENTLY", "The room's rules were being changed by someone else");
      throw err;
    }
    if (changes.some((c) => c.capacity > c.was)) await offerFreedPlaces(deps, { facilityId: room.facility.id });
    return {
      policy,
      sessionsResized: changes.length,
      choice: beyond.length ? (choice ?? null) : null,
      ...(await loweringOutcome({ db }, { room, changeId, reason, beyond })),
    };
  }
}

/** The room's rules are still those read, column by column. */
const rulesStillAre = (facilityId: string, r: PolicyInput) =>
  sql`EXISTS (SELECT 1 FROM baby_room_policies p WHERE p.facility_id = ${facilityId}
    AND p.allowance_per_period = ${r.allowancePerPeriod} AND p.period_months = ${r.periodMonths}
    AND p.rollover_max = ${r.rolloverMax} AND p.beyond_allowance = ${r.beyondAllowance}
    AND p.no_show_consumes = ${r.noShowConsumes ? 1 : 0} AND p.cancel_cutoff_minutes = ${r.cancelCutoffMinutes}
    AND p.room_size = ${r.roomSize} AND p.fever_tenths = ${r.feverTenths})`;
