import { sql } from "drizzle-orm";
import { capacityChanges } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { addDays, isoWeekday } from "../../shared/time";
import { beyondCapacity } from "../capacity-rules";
import { applyCapacityChange, type Decision } from "./capacity-decision";
import { affectedView, heldOn } from "./capacity-bookings";
import { loadManagedFacility } from "./load-facility";
import { belowBooked, loadResourceOn, refusePastDate } from "./load-resource";

export type CapacityDateInput = Decision & {
  facilityId: string;
  resourceId: string;
  date: string;
  capacity: number;
  orderCutoff?: string | null | undefined;
  /** A whole facility's hours on the date (the study room's), over its weekday's. */
  opens?: string | null | undefined;
  closes?: string | null | undefined;
  reason: string;
};

/**
 * A one-off capacity (and a sitting's cut-off) for one date. Below what is booked it is allowed
 * once staff have chosen what happens to the bookings beyond it (the last made): without a choice
 * the answer is BELOW_BOOKED with whom it touches, so the screen can ask, and the choice names
 * whom it was shown. The change, the chosen effect (moves, or cancellations with notice and
 * refund) and the audit line are one batch (applyCapacityChange).
 */
export async function setCapacityOnDate(
  deps: Deps,
  { actor, communityId, ...input }: { actor: StaffPrincipal; communityId: string } & CapacityDateInput,
) {
  const { db, clock } = deps;
  const facility = await loadManagedFacility({ db }, { actor, communityId, facilityId: input.facilityId });
  refusePastDate(input.date, clock.now(), facility);
  const resource = await loadResourceOn({ db }, { facility, resourceId: input.resourceId, date: input.date });
  // What the date is set to, as the change row, the audit line and the answer say it.
  const setting = {
    date: input.date,
    capacity: input.capacity,
    orderCutoff: input.orderCutoff ?? null,
    opens: input.opens ?? null,
    closes: input.closes ?? null,
  };
  const { changeId, ...outcome } = await applyCapacityChange(deps, {
    actor,
    facility,
    resource,
    from: input.date,
    until: addDays(input.date, 1),
    beyondOf: (held) => beyondCapacity(held, input.capacity),
    decision: input,
    reason: input.reason,
    change: (id, choice) => {
      const row = {
        ...setting,
        reason: input.reason,
        choice,
        createdAt: clock.now(),
      };
      return [
        db
          .insert(capacityChanges)
          .values({ id, resourceId: resource.id, communityId, facilityId: facility.id, ...row })
          .onConflictDoUpdate({
            target: [capacityChanges.resourceId, capacityChanges.date],
            set: { id, ...row },
          }),
      ];
    },
    audit: ({ beyond, choice, moveTo }) => ({
      action: `${facility.kind}.set_capacity_for_date`,
      entity: "resource",
      entityId: resource.id,
      before: { place: resource.label, date: input.date, capacity: resource.inForce },
      after: {
        place: resource.label,
        ...setting,
        reason: input.reason,
        choice: beyond.length ? choice : null,
        moveTo: moveTo?.label ?? null,
        moveToDate: moveTo?.sitting?.date ?? null,
        affected: beyond.map((b) => ({ bookingId: b.id, holder: b.holderName })),
      },
    }),
  });
  return {
    id: changeId,
    resourceId: resource.id,
    label: resource.label,
    ...setting,
    ...outcome,
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
