import { sql } from "drizzle-orm";
import { beyondCapacity } from "../../booking/capacity-rules";
import { affectedView, type HeldBooking, heldOn } from "../../booking/admin/capacity-bookings";
import { belowBooked } from "../../booking/admin/load-resource";
import { resolutionStatements } from "../../booking/admin/overbooking";
import { cancellationOutcome } from "../../booking/admin/cancellation";
import type { Deps } from "../../shared/context";
import { localDate } from "../../shared/time";
import type { BabyRoom } from "../load-baby-room";

/** A session's new capacity (from its caregivers, its type's ratio and the room's size). */
export type SessionCapacityChange = { id: string; startsAt: Date; taken: number; capacity: number };

/** The choice staff make for the bookings a lowered capacity leaves without a place. */
export type LoweringChoice = "keep" | "cancel";

const managed = (room: BabyRoom) => ({ ...room.facility, timeZone: room.timeZone });

/**
 * The house's rule for lowering capacity, for sessions: the bookings each new capacity leaves
 * without a place (the last made first, as the engine would have placed them), found from the
 * sessions that hold more than their new capacity. With bookings beyond and no choice yet, the
 * answer is BELOW_BOOKED with whom it touches, so the screen can ask keep or cancel.
 */
export async function bookingsBeyond(
  { db }: Pick<Deps, "db">,
  { room, changes, choice }: { room: BabyRoom; changes: SessionCapacityChange[]; choice: LoweringChoice | undefined },
) {
  const beyond: HeldBooking[] = [];
  for (const change of changes.filter((c) => c.taken > c.capacity)) {
    const held = await heldOn(
      { db },
      { resourceId: change.id, date: localDate(change.startsAt, room.timeZone), timeZone: room.timeZone },
    );
    beyond.push(...beyondCapacity(held, change.capacity));
  }
  if (beyond.length > 0 && !choice) throw belowBooked(beyond.map(affectedView));
  return beyond;
}

/**
 * For the change's own batch: every session's new capacity in one statement (the list as one JSON
 * parameter), then what staff chose for the bookings beyond: kept (the lower capacity stops new
 * bookings only), or cancelled with a notice and their free sessions and payments given back by
 * the same statements a closure uses.
 */
export function sessionCapacityStatements(
  { db }: Pick<Deps, "db">,
  r: {
    room: BabyRoom;
    changes: SessionCapacityChange[];
    beyond: HeldBooking[];
    choice: LoweringChoice;
    reason: string;
    changeId: string;
    at: Date;
    label: string;
  },
) {
  const list = JSON.stringify(r.changes.map((c) => ({ id: c.id, capacity: c.capacity })));
  const statements = r.changes.length
    ? [
        db.run(sql`UPDATE resources SET capacity = (SELECT json_extract(j.value, '$.capacity') FROM json_each(${list}) j
            WHERE json_extract(j.value, '$.id') = resources.id)
          WHERE facility_id = ${r.room.facility.id} AND id IN (SELECT json_extract(value, '$.id') FROM json_each(${list}))`),
      ]
    : [];
  return [
    ...statements,
    ...resolutionStatements(
      { db },
      {
        facility: managed(r.room),
        beyond: r.beyond,
        choice: r.choice,
        fromLabel: r.label,
        reason: r.reason,
        changeId: r.changeId,
        at: r.at,
      },
    ),
  ];
}

/** After the batch: the bookings cancelled for this change and the free sessions given back. */
export async function loweringOutcome(
  { db }: Pick<Deps, "db">,
  { room, changeId, reason, beyond }: { room: BabyRoom; changeId: string; reason: string; beyond: HeldBooking[] },
) {
  const done = await cancellationOutcome(
    { db },
    { facility: room.facility, notice: { kind: "cancelled", reason, capacityChangeId: changeId } },
  );
  return {
    affected: beyond.map(affectedView),
    bookingsCancelled: done.bookingsCancelled,
    sessionsReturned: done.sessionsReturned,
  };
}
