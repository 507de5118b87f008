import { and, eq, sql } from "drizzle-orm";
import { capacityTemplates, type OverbookingChoice } from "../../../db/schema";
import { insertRows } from "../../../db/insert-rows";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { localDate } from "../../shared/time";
import { beyondCapacity } from "../capacity-rules";
import { cancellationOutcome } from "./cancellation";
import { affectedView, type HeldBooking, heldOnWeekday } from "./capacity-bookings";
import { loadManagedFacility } from "./load-facility";
import { belowBooked, loadResourceOn } from "./load-resource";
import { moveTarget, resolutionOutcome, resolutionStatements } from "./overbooking";

export type WeekDay = { weekday: number; capacity: number; orderCutoff?: string | null | undefined };
export type CapacityWeekInput = {
  facilityId: string;
  resourceId: string;
  days: WeekDay[];
  reason: string;
  choice?: OverbookingChoice | undefined;
  moveToResourceId?: string | undefined;
};

/**
 * A resource's weekly template: its capacity (and a sitting's cut-off) per weekday; a weekday left
 * out uses the resource's own capacity. Every date to come that the template reaches (no one-off
 * change of its own) is checked like a one-off change: below what is booked, staff choose keep,
 * move or cancel, and it all lands in one batch with the audit line.
 */
export async function setCapacityWeek(
  deps: Deps,
  { actor, communityId, ...input }: { actor: StaffPrincipal; communityId: string } & CapacityWeekInput,
) {
  const { db, clock } = deps;
  const now = clock.now();
  const facility = await loadManagedFacility({ db }, { actor, communityId, facilityId: input.facilityId });
  const localToday = localDate(now, facility.timeZone);
  const resource = await loadResourceOn({ db }, { facility, resourceId: input.resourceId, date: localToday });
  const overridden = new Set(
    (
      await db.all<{ date: string }>(
        sql`SELECT date FROM capacity_changes WHERE resource_id = ${resource.id} AND date >= ${localToday}`,
      )
    ).map((r) => r.date),
  );
  const beyond: HeldBooking[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    const capacity = input.days.find((d) => d.weekday === weekday)?.capacity ?? resource.capacity;
    const byDate = await heldOnWeekday(
      { db },
      { resourceId: resource.id, weekday, today: localToday, timeZone: facility.timeZone },
    );
    for (const [date, held] of byDate) if (!overridden.has(date)) beyond.push(...beyondCapacity(held, capacity));
  }
  if (beyond.length > 0 && !input.choice) throw belowBooked(beyond.map(affectedView));
  const choice = beyond.length > 0 ? input.choice! : null;
  const moveTo =
    choice === "move"
      ? await moveTarget({ db }, { facility, from: resource, targetId: input.moveToResourceId })
      : undefined;
  const changeId = crypto.randomUUID();
  const resolution = {
    facility,
    beyond,
    choice: choice ?? "keep",
    moveTo,
    fromLabel: resource.label,
    reason: input.reason,
    changeId,
    at: now,
  } as const;
  const before = await db.select().from(capacityTemplates).where(eq(capacityTemplates.resourceId, resource.id));
  const rows = input.days.map((d) => ({
    resourceId: resource.id,
    communityId,
    facilityId: facility.id,
    weekday: d.weekday,
    capacity: d.capacity,
    orderCutoff: d.orderCutoff ?? null,
    updatedAt: now,
  }));
  await db.batch([
    db
      .delete(capacityTemplates)
      .where(and(eq(capacityTemplates.resourceId, resource.id), eq(capacityTemplates.facilityId, facility.id))),
    ...(rows.length ? insertRows(db, capacityTemplates, rows) : []),
    ...resolutionStatements({ db }, resolution),
    auditInsert(deps, {
      actor,
      communityId,
      action: `${facility.kind}.set_capacity_week`,
      entity: "resource",
      entityId: resource.id,
      before: {
        place: resource.label,
        days: before.map(({ weekday, capacity, orderCutoff }) => ({ weekday, capacity, orderCutoff })),
      },
      after: {
        place: resource.label,
        days: input.days,
        reason: input.reason,
        choice,
        moveTo: moveTo?.label ?? null,
        affected: beyond.map((b) => ({ bookingId: b.id, holder: b.holderName, date: b.date })),
      },
    }),
  ]);
  const outcome = await resolutionOutcome({ db }, resolution);
  const refunds =
    choice === "cancel"
      ? await cancellationOutcome(
          { db },
          { facility, notice: { kind: "cancelled", reason: input.reason, capacityChangeId: changeId } },
        )
      : { mealCardRefundedFen: 0, sessionsReturned: 0 };
  return {
    resourceId: resource.id,
    label: resource.label,
    days: rows.map(({ weekday, capacity, orderCutoff }) => ({ weekday, capacity, orderCutoff })),
    choice,
    affected: beyond.map(affectedView),
    ...outcome,
    mealCardRefundedFen: refunds.mealCardRefundedFen,
    sessionsReturned: refunds.sessionsReturned,
  };
}
