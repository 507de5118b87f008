import { and, eq, sql } from "drizzle-orm";
import { babySessions, type OverbookingChoice, resources } from "../../../db/schema";
import type { Deps } from "../../shared/context";
import { DomainError, notFound } from "../../shared/errors";
import { localDate, zonedInstant } from "../../shared/time";
import { capacityOn, holding } from "../book";
import { cancellationStatements } from "./cancellation";
import type { HeldBooking } from "./capacity-bookings";
import type { ManagedFacility } from "./load-facility";

export type MoveTarget = {
  id: string;
  label: string;
  kind: string;
  /** A baby-room session's own time, which every booking moved to it takes. */
  session?: { startsAt: Date; endsAt: Date } | undefined;
  /** A sitting's hours ("HH:MM") and the date its orders go to (absent: each order's own date). */
  sitting?: { start: string; end: string; date?: string | undefined } | undefined;
};

export type Resolution = {
  facility: ManagedFacility;
  beyond: HeldBooking[];
  choice: OverbookingChoice;
  moveTo?: MoveTarget | undefined;
  fromLabel: string;
  reason: string;
  changeId: string;
  at: Date;
};

const notPossible = (message: string) => new DomainError("unprocessable", "MOVE_NOT_POSSIBLE", message);

/**
 * The place a "move" sends bookings to: another resource of the same facility and kind. A meal
 * order may go to another sitting, or the same sitting on another date, inside the month its
 * subsidy was claimed in (its price and evidence stay; only sitting and date change), never to a
 * sitting already begun.
 */
export async function moveTarget(
  { db, clock }: Pick<Deps, "db" | "clock">,
  {
    facility,
    from,
    beyond,
    targetId,
    targetDate,
  }: {
    facility: ManagedFacility;
    from: { id: string; kind: string };
    beyond: HeldBooking[];
    targetId?: string | undefined;
    targetDate?: string | undefined;
  },
): Promise<MoveTarget> {
  const sitting = from.kind === "sitting";
  if (!targetId || (targetId === from.id && (!sitting || !targetDate || beyond.some((b) => b.date === targetDate))))
    throw notPossible("Choose another place to move the bookings to");
  if (targetDate && !sitting) throw notPossible("Only meal orders move to another date");
  const [target] = await db
    .select()
    .from(resources)
    .where(
      and(eq(resources.id, targetId), eq(resources.facilityId, facility.id), eq(resources.kind, from.kind as "seat")),
    );
  if (!target) throw notFound("Place to move to");
  if (sitting) {
    const hours = { start: String(target.attributes.start), end: String(target.attributes.end) };
    for (const b of beyond) {
      const date = targetDate ?? b.date;
      if (date.slice(0, 7) !== b.date.slice(0, 7))
        throw notPossible("A meal order moves only within the month its subsidy is claimed in");
      if (zonedInstant(date, hours.start, facility.timeZone) <= clock.now())
        throw notPossible("That sitting has already begun");
    }
    return { id: target.id, label: target.label, kind: target.kind, sitting: { ...hours, date: targetDate } };
  }
  const [session] = await db.select().from(babySessions).where(eq(babySessions.resourceId, target.id));
  return { id: target.id, label: target.label, kind: target.kind, session };
}

/**
 * What staff chose for the bookings a lowered capacity leaves without a place, as statements for
 * the change's own batch. Keep: nothing (the capacity is lower for new bookings only). Cancel: each
 * is cancelled with the holder's notice and refunded (meal card, free session). Move: each goes to
 * the other place if the engine's own count finds room there at its time (the caller's batch
 * refuses the whole change unless all of them did); a meal order follows its booking to the new
 * sitting and date with a ticket there, its price and subsidies as they were.
 */
export function resolutionStatements({ db }: Pick<Deps, "db">, r: Resolution) {
  if (r.beyond.length === 0 || r.choice === "keep") return [];
  if (r.choice === "cancel")
    return cancellationStatements(
      { db },
      {
        facility: r.facility,
        which: sql`id IN (SELECT value FROM json_each(${JSON.stringify(r.beyond.map((b) => b.id))}))`,
        notice: { kind: "cancelled", reason: r.reason, capacityChangeId: r.changeId },
        at: r.at,
      },
    );
  const target = r.moveTo!;
  return r.beyond.flatMap((b) => {
    const date = target.sitting?.date ?? b.date;
    const [start, end]: [number, number] = target.session
      ? [target.session.startsAt.getTime(), target.session.endsAt.getTime()]
      : target.sitting
        ? [
            zonedInstant(date, target.sitting.start, r.facility.timeZone).getTime(),
            zonedInstant(date, target.sitting.end, r.facility.timeZone).getTime(),
          ]
        : [b.startsAt.getTime(), b.endsAt.getTime()];
    const notice = JSON.stringify({
      kind: "moved",
      fromLabel: r.fromLabel,
      ...(target.sitting ? { fromDate: b.date } : {}),
      capacityChangeId: r.changeId,
    });
    const here = sql`EXISTS (SELECT 1 FROM bookings WHERE id = ${b.id} AND resource_id = ${target.id} AND starts_at = ${start})`;
    const moved = [
      db.run(sql`UPDATE bookings SET resource_id = ${target.id}, starts_at = ${start}, ends_at = ${end}, notice = ${notice}
        WHERE id = ${b.id} AND status IN (${holding})
          AND (SELECT coalesce(sum(x.quantity), 0) FROM bookings x WHERE x.resource_id = ${target.id} AND x.status IN (${holding})
                 AND x.starts_at < ${end} AND x.ends_at > ${start}) + quantity
              <= ${capacityOn(localDate(new Date(start), r.facility.timeZone), sql`${target.id}`, sql`(SELECT capacity FROM resources WHERE id = ${target.id})`)}
          AND NOT EXISTS (SELECT 1 FROM facility_closures c WHERE c.facility_id = ${r.facility.id} AND c.starts_at < ${end} AND c.ends_at > ${start})
          AND NOT EXISTS (SELECT 1 FROM meal_orders o JOIN meal_orders t ON t.resident_id = o.resident_id
            WHERE o.booking_id = ${b.id} AND o.subsidised = 1 AND t.subsidised = 1 AND t.status <> 'cancelled'
              AND t.service_date = ${date} AND t.sitting = ${target.label})`),
    ];
    if (target.session)
      moved.push(
        db.run(sql`UPDATE baby_bookings SET session_id = ${target.id} WHERE booking_id = ${b.id} AND ${here}`),
      );
    if (target.sitting)
      moved.push(
        db.run(sql`UPDATE meal_orders SET service_date = ${date}, sitting = ${target.label}, updated_at = ${r.at.getTime()},
            ticket_no = (SELECT coalesce(max(t.ticket_no), 0) + 1 FROM meal_orders t
              WHERE t.community_id = meal_orders.community_id AND t.service_date = ${date} AND t.sitting = ${target.label})
          WHERE booking_id = ${b.id} AND status = 'placed' AND ${here}`),
      );
    return moved;
  });
}

/** After the batch: how many of the bookings beyond were moved, cancelled or kept. */
export async function resolutionOutcome({ db }: Pick<Deps, "db">, r: Pick<Resolution, "beyond" | "moveTo">) {
  if (r.beyond.length === 0) return { moved: 0, cancelled: 0, kept: 0 };
  const rows = await db.all<{ status: string; resource_id: string }>(sql`
    SELECT status, resource_id FROM bookings WHERE id IN (SELECT value FROM json_each(${JSON.stringify(r.beyond.map((b) => b.id))}))`);
  const moved = rows.filter((x) => r.moveTo && x.resource_id === r.moveTo.id).length;
  const cancelled = rows.filter((x) => x.status === "cancelled").length;
  return { moved, cancelled, kept: rows.length - moved - cancelled };
}
