import { and, eq, inArray, sql } from "drizzle-orm";
import { babyBookings, bookings } from "../../db/schema";
import { holding } from "../booking/book";
import type { Deps } from "../shared/context";
import { addDays, localDate, zonedInstant } from "../shared/time";
import { currentBalance } from "./allowance";
import { childrenOf } from "./guardianship";
import { listSessions, sessionView } from "./list-sessions";
import { loadBabyRoom } from "./load-baby-room";
import { ageInMonths, ageRefusal, periodOf } from "./rules";

/**
 * What a guardian sees at the kiosk: their children with the free sessions left this period and
 * their bookings, and the sessions open for booking with places left and whether each child fits.
 */
export async function kioskOverview(deps: Deps, communityId: string, guardianId: string) {
  const { db, clock } = deps;
  const room = await loadBabyRoom(db, communityId);
  const now = clock.now();
  const today = localDate(now, room.timeZone);
  const period = periodOf(today, room.policy.periodMonths);
  const kids = await childrenOf(db, communityId, guardianId);
  const sessions = await listSessions(
    db,
    room.facility.id,
    now,
    zonedInstant(addDays(today, room.booking.daysAhead + 1), "00:00", room.timeZone),
  );
  const ids = kids.map((k) => k.id);
  const booked = ids.length
    ? await db
        .select({ booking: bookings, baby: babyBookings })
        .from(bookings)
        .innerJoin(babyBookings, eq(babyBookings.bookingId, bookings.id))
        .where(
          and(
            eq(bookings.facilityId, room.facility.id),
            inArray(babyBookings.childId, ids),
            sql`${bookings.status} IN (${holding})`,
          ),
        )
    : [];
  const children = [];
  for (const kid of kids) {
    children.push({
      id: kid.id,
      name: kid.name,
      ageMonths: ageInMonths(kid.birthDate, today),
      allowance: {
        period: period.start,
        periodEnds: period.end,
        left: await currentBalance(deps, room, kid.id, period.start),
      },
      bookings: booked
        .filter((b) => b.baby.childId === kid.id)
        .map(({ booking, baby }) => ({
          id: booking.id,
          sessionId: baby.sessionId,
          status: booking.status,
          startsAt: booking.startsAt.toISOString(),
          endsAt: booking.endsAt.toISOString(),
          payment: baby.payment,
        })),
    });
  }
  return {
    today,
    cancelCutoffMinutes: room.policy.cancelCutoffMinutes,
    beyondAllowance: room.policy.beyondAllowance,
    children,
    sessions: sessions
      .filter((s) => s.inService)
      .map((s) => ({
        ...sessionView(s),
        fits: Object.fromEntries(
          kids.map((k) => [k.id, ageRefusal(s.type, k.birthDate, localDate(s.startsAt, room.timeZone))]),
        ),
      })),
  };
}
