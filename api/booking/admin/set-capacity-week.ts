import { and, eq, sql } from "drizzle-orm";
import { capacityTemplates } from "../../../db/schema";
import { insertRows } from "../../../db/insert-rows";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { addDays, isoWeekday, localDate } from "../../shared/time";
import { beyondCapacity } from "../capacity-rules";
import { applyCapacityChange, type Decision } from "./capacity-decision";
import type { HeldBooking } from "./capacity-bookings";
import { loadManagedFacility } from "./load-facility";
import { loadResourceOn } from "./load-resource";

export type WeekDay = {
  weekday: number;
  capacity: number;
  orderCutoff?: string | null | undefined;
  /** A whole facility's hours that weekday (the study room's). */
  opens?: string | null | undefined;
  closes?: string | null | undefined;
};
export type CapacityWeekInput = Decision & {
  facilityId: string;
  resourceId: string;
  days: WeekDay[];
  reason: string;
};

/** How far ahead a template change looks for bookings it would leave without a place. */
const HORIZON_DAYS = 400;

/**
 * A resource's weekly template: its capacity (and a sitting's cut-off) per weekday; a weekday left
 * out uses the resource's own capacity. Every date to come that the template reaches (no one-off
 * change of its own) is checked like a one-off change: below what is booked, staff choose keep,
 * move or cancel, and it all lands in one batch with the audit line (applyCapacityChange).
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
  const beyondOf = (held: HeldBooking[]) => {
    const byDate = new Map<string, HeldBooking[]>();
    for (const b of held) if (!overridden.has(b.date)) byDate.set(b.date, [...(byDate.get(b.date) ?? []), b]);
    return [...byDate].flatMap(([date, onDate]) => {
      const capacity = input.days.find((d) => d.weekday === isoWeekday(date))?.capacity ?? resource.capacity;
      return beyondCapacity(onDate, capacity);
    });
  };
  const before = await db.select().from(capacityTemplates).where(eq(capacityTemplates.resourceId, resource.id));
  const rows = input.days.map((d) => ({
    resourceId: resource.id,
    communityId,
    facilityId: facility.id,
    weekday: d.weekday,
    capacity: d.capacity,
    orderCutoff: d.orderCutoff ?? null,
    opens: d.opens ?? null,
    closes: d.closes ?? null,
    updatedAt: now,
  }));
  const { changeId: _, ...outcome } = await applyCapacityChange(deps, {
    actor,
    facility,
    resource,
    from: localToday,
    until: addDays(localToday, HORIZON_DAYS),
    beyondOf,
    decision: input,
    reason: input.reason,
    change: () => [
      db
        .delete(capacityTemplates)
        .where(and(eq(capacityTemplates.resourceId, resource.id), eq(capacityTemplates.facilityId, facility.id))),
      ...(rows.length ? insertRows(db, capacityTemplates, rows) : []),
    ],
    audit: ({ beyond, choice, moveTo }) => ({
      action: `${facility.kind}.set_capacity_week`,
      entity: "resource",
      entityId: resource.id,
      before: {
        place: resource.label,
        days: before.map(({ weekday, capacity, orderCutoff, opens, closes }) => ({
          weekday,
          capacity,
          orderCutoff,
          opens,
          closes,
        })),
      },
      after: {
        place: resource.label,
        days: input.days,
        reason: input.reason,
        choice: beyond.length ? choice : null,
        moveTo: moveTo?.label ?? null,
        affected: beyond.map((b) => ({ bookingId: b.id, holder: b.holderName, date: b.date })),
      },
    }),
  });
  return {
    resourceId: resource.id,
    label: resource.label,
    days: rows.map(({ weekday, capacity, orderCutoff, opens, closes }) => ({
      weekday,
      capacity,
      orderCutoff,
      opens,
      closes,
    })),
    ...outcome,
  };
}
