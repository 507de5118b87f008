import { sql } from "drizzle-orm";
import { capacityChanges, type OverbookingChoice } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { isoWeekday } from "../../shared/time";
import { beyondCapacity } from "../capacity-rules";
import { cancellationOutcome } from "./cancellation";
import { affectedView, heldOn } from "./capacity-bookings";
import { loadManagedFacility } from "./load-facility";
import { belowBooked, loadResourceOn, refusePastDate } from "./load-resource";
import { moveTarget, resolutionOutcome, resolutionStatements } from "./overbooking";

export type CapacityDateInput = {
  facilityId: string;
  resourceId: string;
  date: string;
  capacity: number;
  orderCutoff?: string | null | undefined;
  reason: string;
  choice?: OverbookingChoice | undefined;
  moveToResourceId?: string | undefined;
};

/**
 * A one-off capacity (and a sitting's cut-off) for one date. Below what is booked it is allowed
 * once staff have chosen what happens to the bookings beyond it (the last made): without a choice
 * the answer is BELOW_BOOKED with whom it touches, so the screen can ask. The change, the chosen
 * effect (moves, or cancellations with notice and refund) and the audit line are one batch.
 */
export async function setCapacityOnDate(
  deps: Deps,
  { actor, communityId, ...input }: { actor: StaffPrincipal; communityId: string } & CapacityDateInput,
) {
  const { db, clock } = deps;
  const facility = await loadManagedFacility({ db }, { actor, communityId, facilityId: input.facilityId });
  refusePastDate(input.date, clock.now(), facility);
  const resource = await loadResourceOn({ db }, { facility, resourceId: input.resourceId, date: input.date });
  const held = await heldOn({ db }, { resourceId: resource.id, date: input.date, timeZone: facility.timeZone });
  const beyond = beyondCapacity(held, input.capacity);
  if (beyond.length > 0 && !input.choice) throw belowBooked(beyond.map(affectedView));
  const choice = beyond.length > 0 ? input.choice! : null;
  const moveTo =
    choice === "move"
      ? await moveTarget({ db }, { facility, from: resource, targetId: input.moveToResourceId })
      : undefined;
  const id = crypto.randomUUID();
  const now = clock.now();
  const resolution = {
    facility,
    beyond,
    choice: choice ?? "keep",
    moveTo,
    fromLabel: resource.label,
    reason: input.reason,
    changeId: id,
    at: now,
  } as const;
  const row = {
    id,
    resourceId: resource.id,
    communityId,
    facilityId: facility.id,
    date: input.date,
    capacity: input.capacity,
    orderCutoff: input.orderCutoff ?? null,
    reason: input.reason,
    choice,
    createdAt: now,
  };
  await db.batch([
    db
      .insert(capacityChanges)
      .values(row)
      .onConflictDoUpdate({
        target: [capacityChanges.resourceId, capacityChanges.date],
        set: { id, capacity: row.capacity, orderCutoff: row.orderCutoff, reason: row.reason, choice, createdAt: now },
      }),
    ...resolutionStatements({ db }, resolution),
    auditInsert(deps, {
      actor,
      communityId,
      action: `${facility.kind}.set_capacity_for_date`,
      entity: "resource",
      entityId: resource.id,
      before: { place: resource.label, date: input.date, capacity: resource.inForce },
      after: {
        place: resource.label,
        date: input.date,
        capacity: input.capacity,
        orderCutoff: row.orderCutoff,
        reason: input.reason,
        choice,
        moveTo: moveTo?.label ?? null,
        affected: beyond.map((b) => ({ bookingId: b.id, holder: b.holderName })),
      },
    }),
  ]);
  const outcome = await resolutionOutcome({ db }, resolution);
  const refunds =
    choice === "cancel"
      ? await cancellationOutcome(
          { db },
          { facility, notice: { kind: "cancelled", reason: input.reason, capacityChangeId: id } },
        )
      : { mealCardRefundedFen: 0, sessionsReturned: 0 };
  return {
    id,
    resourceId: resource.id,
    label: resource.label,
    date: input.date,
    capacity: input.capacity,
    orderCutoff: row.orderCutoff,
    choice,
    affected: beyond.map(affectedView),
    ...outcome,
    mealCardRefundedFen: refunds.mealCardRefundedFen,
    sessionsReturned: refunds.sessionsReturned,
  };
}

/** A date back to its weekly template; refused as BELOW_BOOKED if that would leave bookings without a place. */
export async function clearCapacityOnDate(
  deps: Deps,
  {
    actor,
    communityId,
    facilityId,
    resourceId,
    date,
  }: { actor: StaffPrincipal; communityId: string; facilityId: string; resourceId: string; date: string },
) {
  const { db, clock } = deps;
  const facility = await loadManagedFacility({ db }, { actor, communityId, facilityId });
  refusePastDate(date, clock.now(), facility);
  const resource = await loadResourceOn({ db }, { facility, resourceId, date });
  const [template] = await db.all<{ capacity: number }>(sql`
    SELECT coalesce((SELECT capacity FROM capacity_templates WHERE resource_id = ${resourceId} AND weekday = ${isoWeekday(date)}),
      ${resource.capacity}) AS capacity`);
  const capacity = Number(template?.capacity ?? resource.capacity);
  const held = await heldOn({ db }, { resourceId, date, timeZone: facility.timeZone });
  const beyond = beyondCapacity(held, capacity);
  if (beyond.length > 0) throw belowBooked(beyond.map(affectedView));
  await db.batch([
    db.run(sql`DELETE FROM capacity_changes WHERE resource_id = ${resourceId} AND date = ${date}`),
    auditInsert(deps, {
      actor,
      communityId,
      action: `${facility.kind}.clear_capacity_for_date`,
      entity: "resource",
      entityId: resourceId,
      before: { place: resource.label, date, capacity: resource.inForce },
      after: { place: resource.label, date, capacity },
    }),
  ]);
  return { resourceId, date, capacity };
}
