import { and, eq, inArray, sql } from "drizzle-orm";
import { babyBookings, bookings } from "../../db/schema";
import { holding } from "../booking/book";
import type { Deps, KioskPrincipal } from "../shared/context";
import { inRoomNow } from "./admin/calendar";
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
export async function kioskOverview(deps: Deps, { kiosk, guardianId }: { kiosk: KioskPrincipal; guardianId: string }) {
  const { db, clock } = deps;
  const { communityId } = kiosk;
  const room = await loadBabyRoom({ db }, { communityId });
  const now = clock.now();
  const today = localDate(now, room.timeZone);
  const period = periodOf(today, room.policy.periodMonths);
  const kids = await childrenOf({ db }, { communityId, residentId: guardianId });
  const sessions = await listSessions(
    { db },
    {
      facilityId: room.facility.id,
      from: now,
      to: zonedInstant(addDays(today, room.booking.daysAhead + 1), "00:00", room.timeZone),
    },
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
        left: await currentBalance(deps, { room, childId: kid.id, period: period.start }),
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
  // At the room's own door, whoever is identified sees who can be collected (names masked): a
  // guardian taps their child; anyone else is refused by the API and the refusal recorded.
  const inRoom =
    kiosk.facilityId === room.facility.id
      ? (await inRoomNow(deps, { communityId })).map((r) => ({
          bookingId: r.bookingId,
          childName: maskName(r.childName),
          mine: ids.includes(r.childId),
        }))
      : [];
  return {
    today,
    atTheRoom: kiosk.facilityId === room.facility.id,
    inRoom,
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

/** 孙乐乐 → 孙*乐: enough for a family to know their own child, not for a stranger to learn a name. */
const maskName = (name: string) =>
  name.length <= 1
    ? name
    : name.length === 2
      ? `${name[0]}*`
      : `${name[0]}${"*".repeat(name.length - 2)}${name.at(-1)}`;
