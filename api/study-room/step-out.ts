import { and, eq, isNull, isNotNull, sql } from "drizzle-orm";
import { bookings } from "../../db/schema";
import { awayEndsAt } from "../booking/attendance-rules";
import { awayEndsAtSql } from "../booking/attendance-sql";
import { offerFreedPlaces } from "../booking/waitlist";
import type { Deps, KioskPrincipal } from "../shared/context";
import { DomainError } from "../shared/errors";
import { loadStudyRoom } from "./load-study-room";
import { mySeatBooking, type Resident } from "./my-seat-booking";

const notSeated = () => new DomainError("conflict", "NOT_SEATED", "You are not checked in on this seat");

type SeatAtKiosk = { kiosk: KioskPrincipal; bookingId: string; holder: Resident };

/** The study room at this kiosk and the person's own booking there (anyone else's is not found). */
async function roomAndBooking({ db, clock }: Pick<Deps, "db" | "clock">, { kiosk, bookingId, holder }: SeatAtKiosk) {
  const room = await loadStudyRoom({ db, clock }, { communityId: kiosk.communityId });
  const booking = await mySeatBooking({ db }, { facilityId: room.facility.id, bookingId, holder });
  return { room, booking };
}

/** 暂离: keep the seat for the policy's minutes while the person steps out. */
export async function stepOut(deps: Deps, seat: SeatAtKiosk) {
  const { db, clock } = deps;
  const { room, booking } = await roomAndBooking(deps, seat);
  const now = clock.now();
  const [row] = await db
    .update(bookings)
    .set({ awaySince: now })
    .where(and(eq(bookings.id, booking.id), eq(bookings.status, "checked_in"), isNull(bookings.awaySince)))
    .returning();
  if (row) return { booking: row, backBy: awayEndsAt(now, room.policy.awayMinutes) };
  if (booking.status === "checked_in" && booking.awaySince)
    return { booking, backBy: awayEndsAt(booking.awaySince, room.policy.awayMinutes) };
  throw notSeated();
}

/** Back in time: the seat is theirs again. Too late: the release job's rule applies here too. */
export async function comeBack(deps: Deps, seat: SeatAtKiosk) {
  const { db, clock } = deps;
  const { room, booking } = await roomAndBooking(deps, seat);
  const now = clock.now().getTime();
  const [row] = await db
    .update(bookings)
    .set({ awaySince: null })
    .where(
      and(
        eq(bookings.id, booking.id),
        eq(bookings.status, "checked_in"),
        isNotNull(bookings.awaySince),
        sql`${awayEndsAtSql} > ${now}`,
      ),
    )
    .returning();
  if (row) return row;
  if (booking.status === "checked_in" && !booking.awaySince) return booking;
  if (booking.status === "checked_in") {
    // Late, and the job has not run yet: release now, as it would have.
    await db
      .update(bookings)
      .set({ status: "released", closedAt: sql`${awayEndsAtSql}` })
      .where(and(eq(bookings.id, booking.id), eq(bookings.status, "checked_in")));
    await offerFreedPlaces(deps, { facilityId: room.facility.id });
  }
  throw new DomainError(
    "conflict",
    "SEAT_RELEASED",
    "You were away longer than the seat is kept, so it was given to others",
  );
}
