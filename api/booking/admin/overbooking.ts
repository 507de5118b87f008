import { and, eq, sql } from "drizzle-orm";
import { babySessions, type OverbookingChoice, resources } from "../../../db/schema";
import type { Deps } from "../../shared/context";
import { DomainError, notFound } from "../../shared/errors";
import { localDate } from "../../shared/time";
import { capacityOn, holding } from "../book";
import { cancellationStatements } from "./cancellation";
import type { HeldBooking } from "./capacity-bookings";
import type { ManagedFacility } from "./load-facility";

export type Resolution = {
  facility: ManagedFacility;
  beyond: HeldBooking[];
  choice: OverbookingChoice;
  moveTo?: { id: string; label: string; kind: string; session?: { startsAt: Date; endsAt: Date } };
  fromLabel: string;
  reason: string;
  changeId: string;
  at: Date;
};

/** The place a "move" sends bookings to: another resource of the same facility and kind, never a sitting. */
export async function moveTarget(
  { db }: Pick<Deps, "db">,
  { facility, from, targetId }: { facility: ManagedFacility; from: { id: string; kind: string }; targetId?: string },
) {
  if (from.kind === "sitting")
    throw new DomainError(
      "unprocessable",
      "MOVE_NOT_POSSIBLE",
      "A meal order keeps its sitting and date (they are the subsidy claim's evidence): keep or cancel instead",
    );
  if (!targetId || targetId === from.id)
    throw new DomainError("unprocessable", "MOVE_NOT_POSSIBLE", "Choose another place to move the bookings to");
  const [target] = await db
    .select()
    .from(resources)
    .where(
      and(eq(resources.id, targetId), eq(resources.facilityId, facility.id), eq(resources.kind, from.kind as "seat")),
    );
  if (!target) throw notFound("Place to move to");
  const [session] = await db.select().from(babySessions).where(eq(babySessions.resourceId, target.id));
  return { id: target.id, label: target.label, kind: target.kind, session };
}

/**
 * What staff chose for the bookings a lowered capacity leaves without a place, as statements for
 * the change's own batch. Keep: nothing (the capacity is lower for new bookings only). Cancel: each
 * is cancelled with the holder's notice and refunded (meal card, free session). Move: each goes to
 * the other place if the engine's own count finds room there at its time, else it stays as it was.
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
  const notice = JSON.stringify({ kind: "moved", fromLabel: r.fromLabel });
  return r.beyond.flatMap((b) => {
    const [start, end] = target.session
      ? [target.session.startsAt.getTime(), target.session.endsAt.getTime()]
      : [b.startsAt.getTime(), b.endsAt.getTime()];
    const date = localDate(new Date(start), r.facility.timeZone);
    const moved = [
      db.run(sql`UPDATE bookings SET resource_id = ${target.id}, starts_at = ${start}, ends_at = ${end}, notice = ${notice}
        WHERE id = ${b.id} AND status IN (${holding})
          AND (SELECT coalesce(sum(x.quantity), 0) FROM bookings x WHERE x.resource_id = ${target.id} AND x.status IN (${holding})
                 AND x.starts_at < ${end} AND x.ends_at > ${start}) + quantity
              <= ${capacityOn(date, sql`${target.id}`, sql`(SELECT capacity FROM resources WHERE id = ${target.id})`)}
          AND NOT EXISTS (SELECT 1 FROM facility_closures c WHERE c.facility_id = ${r.facility.id} AND c.starts_at < ${end} AND c.ends_at > ${start})`),
    ];
    if (target.session)
      moved.push(
        db.run(sql`UPDATE baby_bookings SET session_id = ${target.id}
          WHERE booking_id = ${b.id} AND EXISTS (SELECT 1 FROM bookings WHERE id = ${b.id} AND resource_id = ${target.id})`),
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
