import { and, asc, eq, gt, inArray, lt } from "drizzle-orm";
import { bookings, residents } from "../../../db/schema";
import { HOLDING_STATUSES } from "../../booking/rules";
import type { Deps } from "../../shared/context";
import { addDays, localDate, zonedInstant } from "../../shared/time";
import { loadStudyRoom } from "../load-study-room";
import { bookingTimes } from "../my-seat-booking";

/** What a seat is doing right now, as staff read it on the live map. */
export type SeatState = "free" | "booked" | "offered" | "in_use" | "away" | "out_of_service";

function seatState(inService: boolean, current: { status: string; awaySince: Date | null } | undefined): SeatState {
  if (!inService) return "out_of_service";
  if (!current) return "free";
  if (current.status === "checked_in") return current.awaySince ? "away" : "in_use";
  return current.status === "held" ? "offered" : "booked";
}

/** Today's map for staff: every seat's state now and its bookings of the day, with names (staff may see them). */
export async function liveMap(deps: Deps, { communityId, date }: { communityId: string; date?: string }) {
  const { db, clock } = deps;
  const room = await loadStudyRoom({ db, clock }, { communityId });
  const now = clock.now();
  const day = date ?? localDate(now, room.timeZone);
  const [dayStart, dayEnd] = [
    zonedInstant(day, "00:00", room.timeZone),
    zonedInstant(addDays(day, 1), "00:00", room.timeZone),
  ];
  const rows = await db
    .select({ b: bookings, name: residents.name })
    .from(bookings)
    .leftJoin(residents, eq(residents.id, bookings.holderId))
    .where(
      and(
        eq(bookings.facilityId, room.facility.id),
        lt(bookings.startsAt, dayEnd),
        gt(bookings.endsAt, dayStart),
        inArray(bookings.status, [...HOLDING_STATUSES, "completed", "no_show", "released"]),
      ),
    )
    .orderBy(asc(bookings.startsAt));
  return {
    date: day,
    now: now.toISOString(),
    seats: room.seats.map((seat) => {
      const mine = rows.filter((r) => r.b.resourceId === seat.id);
      const current = mine.find(
        (r) => HOLDING_STATUSES.includes(r.b.status) && r.b.startsAt <= now && now < r.b.endsAt,
      )?.b;
      return {
        ...seat,
        state: seatState(seat.inService, current),
        bookings: mine.map(({ b, name }) => ({ id: b.id, holderName: name ?? "", ...bookingTimes(b) })),
      };
    }),
  };
}
