import { sql } from "drizzle-orm";
import type { OverbookingChoice } from "../../../db/schema";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { raisedCode, refuseUnless } from "../../shared/db-errors";
import { DomainError } from "../../shared/errors";
import { zonedInstant } from "../../shared/time";
import { auditInsert, type StaffChange } from "../../staff/audit";
import { holding } from "../book";
import { cancellationOutcome } from "./cancellation";
import { affectedView, type HeldBooking, heldBookings } from "./capacity-bookings";
import type { ManagedFacility } from "./load-facility";
import { belowBooked } from "./load-resource";
import { type MoveTarget, moveTarget, type Resolution, resolutionOutcome, resolutionStatements } from "./overbooking";
import { newId } from "../../shared/crypto";

/** What staff decided for the bookings beyond a lowered capacity, and which bookings they were shown. */
export type Decision = {
  choice?: OverbookingChoice | undefined;
  /** The booking ids BELOW_BOOKED listed when the staff chose: a choice applies to exactly those. */
  seen?: string[] | undefined;
  moveToResourceId?: string | undefined;
  /** A sitting's orders may move to another date of the same month (absent: their own date). */
  moveToDate?: string | undefined;
};

type Batchable = Parameters<Deps["db"]["batch"]>[0][number];

export type CapacityChangePlan = {
  actor: StaffPrincipal;
  facility: ManagedFacility;
  resource: { id: string; kind: string; label: string };
  /** The local dates [from, until) whose bookings the change reaches. */
  from: string;
  until: string;
  /** The bookings the new capacity leaves without a place, of those held in the window. */
  beyondOf: (held: HeldBooking[]) => HeldBooking[];
  decision: Decision;
  reason: string;
  /** The change itself (a date's capacity, a weekly template), for the batch. */
  change: (changeId: string, choice: OverbookingChoice | null) => Batchable[];
  audit: (r: Pick<Resolution, "beyond" | "choice" | "moveTo">) => Omit<StaffChange, "actor" | "communityId">;
};

const sameIds = (seen: readonly string[], beyond: readonly HeldBooking[]) =>
  seen.length === beyond.length && beyond.every((b) => seen.includes(b.id));

/** The resource's holding bookings in the window are still exactly these (ids in SQLite's order). */
const stillHeld = (resourceId: string, window: { from: number; until: number }, held: HeldBooking[]) =>
  sql`(SELECT coalesce(json_group_array(id), '[]') FROM (SELECT id FROM bookings
        WHERE resource_id = ${resourceId} AND status IN (${holding}) AND starts_at >= ${window.from} AND starts_at < ${window.until}
        ORDER BY id)) = ${JSON.stringify(held.map((b) => b.id).sort())}`;

/**
 * A capacity change with the staff's decision for whom it leaves without a place, in one batch.
 * The decision applies only to the bookings the staff were shown: if others were booked (or
 * cancelled) since, the answer is BELOW_BOOKED again with the list as it is now. The batch opens
 * by checking that the bookings read are still the ones held, and a move closes it by checking
 * that every booking found room where it went; either failing aborts the whole batch, so a
 * booking landing between the read and the write is never left over the new capacity, and two
 * moves racing for a target's last place move one. The capacity is written in the same batch,
 * so every booking after it meets the new capacity in the engine's own statement.
 */
export async function applyCapacityChange(deps: Deps, plan: CapacityChangePlan) {
  const { db, clock } = deps;
  const { facility, resource, decision } = plan;
  const window = {
    from: zonedInstant(plan.from, "00:00", facility.timeZone).getTime(),
    until: zonedInstant(plan.until, "00:00", facility.timeZone).getTime(),
  };
  for (let attempt = 1; ; attempt++) {
    const held = await heldBookings(
      { db },
      { resourceId: resource.id, from: plan.from, until: plan.until, timeZone: facility.timeZone },
    );
    const beyond = plan.beyondOf(held);
    if (beyond.length > 0 && (!decision.choice || !sameIds(decision.seen ?? [], beyond)))
      throw belowBooked(beyond.map(affectedView));
    const choice = beyond.length > 0 ? decision.choice! : null;
    const moveTo: MoveTarget | undefined =
      choice === "move"
        ? await moveTarget(deps, {
            facility,
            from: resource,
            beyond,
            targetId: decision.moveToResourceId,
            targetDate: decision.moveToDate,
          })
        : undefined;
    const changeId = newId();
    const now = clock.now();
    const resolution: Resolution = {
      facility,
      beyond,
      choice: choice ?? "keep",
      moveTo,
      fromLabel: resource.label,
      reason: plan.reason,
      changeId,
      at: now,
    };
    try {
      await db.batch([
        refuseUnless(db, "BOOKINGS_CHANGED", stillHeld(resource.id, window, held)),
        ...plan.change(changeId, choice),
        ...resolutionStatements({ db }, resolution),
        ...(moveTo ? [refuseUnless(db, "MOVE_TARGET_FULL", allMoved(beyond, changeId))] : []),
        auditInsert(deps, {
          actor: plan.actor,
          communityId: facility.communityId,
          ...plan.audit({ beyond, choice: resolution.choice, moveTo }),
        }),
      ] as unknown as Parameters<typeof db.batch>[0]);
    } catch (err) {
      const code = raisedCode(err, ["BOOKINGS_CHANGED", "MOVE_TARGET_FULL"] as const);
      if (code === "BOOKINGS_CHANGED" && attempt < 3) continue;
      if (code === "MOVE_TARGET_FULL")
        throw new DomainError(
          "conflict",
          "MOVE_TARGET_FULL",
          "The place chosen has no room for all of them (or one already has a subsidised meal there): nothing was changed",
        );
      if (code === "BOOKINGS_CHANGED") throw belowBooked(beyond.map(affectedView));
      throw err;
    }
    const outcome = await resolutionOutcome({ db }, resolution);
    const refunds =
      choice === "cancel"
        ? await cancellationOutcome(
            { db },
            { facility, notice: { kind: "cancelled", reason: plan.reason, capacityChangeId: changeId } },
          )
        : { mealCardRefundedFen: 0, sessionsReturned: 0 };
    return {
      changeId,
      choice,
      affected: beyond.map(affectedView),
      ...outcome,
      mealCardRefundedFen: refunds.mealCardRefundedFen,
      sessionsReturned: refunds.sessionsReturned,
    };
  }
}

/** Every booking beyond carries this change's "moved" notice: each found room where it went. */
const allMoved = (beyond: HeldBooking[], changeId: string) =>
  sql`(SELECT count(*) FROM bookings WHERE id IN (SELECT value FROM json_each(${JSON.stringify(beyond.map((b) => b.id))}))
        AND json_extract(notice, '$.capacityChangeId') = ${changeId}) = ${beyond.length}`;
