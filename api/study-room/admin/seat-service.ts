import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { bookings, resources } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { notFound } from "../../shared/errors";
import { holding } from "../../booking/book";
import { loadStudyRoom } from "../load-study-room";
import { replacementSeats } from "../rules";

/**
 * Take a seat out of service. Nothing new can be booked on it (the engine checks in_service);
 * each booking still to come moves to the most similar free seat, or is cancelled, and carries a
 * notice the person sees at the kiosk. Someone already sitting there keeps the seat for now:
 * staff are in the room and can move them by hand.
 */
export async function takeSeatOutOfService(
  deps: Deps,
  {
    actor,
    communityId,
    seatId,
    reason,
  }: { actor: StaffPrincipal; communityId: string; seatId: string; reason: string },
) {
  const { db, clock } = deps;
  const room = await loadStudyRoom({ db, clock }, { communityId });
  const seat = room.seats.find((s) => s.id === seatId);
  if (!seat) throw notFound("Seat");
  await db.batch([
    db.update(resources).set({ inService: false }).where(eq(resources.id, seatId)),
    auditInsert(deps, {
      actor,
      communityId,
      action: "study_room.seat_out_of_service",
      entity: "seat",
      entityId: seatId,
      after: { reason },
    }),
  ]);
  const upcoming = await db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.resourceId, seatId),
        inArray(bookings.status, ["confirmed", "held"]),
        gt(bookings.endsAt, clock.now()),
      ),
    );
  const moved: { bookingId: string; toLabel: string }[] = [];
  const cancelled: string[] = [];
  const candidates = replacementSeats(seat, room.seats);
  for (const b of upcoming) {
    let to: string | undefined;
    for (const c of candidates) {
      // Atomic like a booking: the move happens only if the other seat is free for the whole range.
      const res = await db.all<{ id: string }>(sql`
        UPDATE bookings SET resource_id = ${c.id}, notice = ${JSON.stringify({ kind: "moved", fromLabel: seat.label })}
        WHERE id = ${b.id} AND resource_id = ${seatId} AND status IN ('confirmed', 'held')
          AND (SELECT in_service FROM resources WHERE id = ${c.id}) = 1
          AND NOT EXISTS (SELECT 1 FROM bookings o WHERE o.resource_id = ${c.id} AND o.status IN (${holding})
            AND o.starts_at < ${b.endsAt.getTime()} AND o.ends_at > ${b.startsAt.getTime()})
        RETURNING id`);
      if (res.length > 0) {
        to = c.label;
        break;
      }
    }
    if (to) {
      moved.push({ bookingId: b.id, toLabel: to });
      continue;
    }
    await db
      .update(bookings)
      .set({ status: "cancelled", closedAt: clock.now(), notice: { kind: "cancelled", reason } })
      .where(and(eq(bookings.id, b.id), inArray(bookings.status, ["confirmed", "held"])));
    cancelled.push(b.id);
  }
  return { seatId, inService: false, moved, cancelled };
}

export async function returnSeatToService(
  deps: Deps,
  { actor, communityId, seatId }: { actor: StaffPrincipal; communityId: string; seatId: string },
) {
  const { db, clock } = deps;
  const room = await loadStudyRoom({ db, clock }, { communityId });
  if (!room.seats.some((s) => s.id === seatId)) throw notFound("Seat");
  await db.batch([
    db.update(resources).set({ inService: true }).where(eq(resources.id, seatId)),
    auditInsert(deps, { actor, communityId, action: "study_room.seat_in_service", entity: "seat", entityId: seatId }),
  ]);
  return { seatId, inService: true, moved: [], cancelled: [] };
}
