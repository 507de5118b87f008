import { and, eq, inArray, sql } from "drizzle-orm";
import { babyBookings, bookings, waitlistEntries } from "../../db/schema";
import { mealCardBalance } from "../canteen/meal-card-balance";
import { holding } from "../booking/book";
import type { Deps, KioskPrincipal } from "../shared/context";
import { inRoomNow } from "./admin/calendar";
import { addDays, localDate, zonedInstant } from "../shared/time";
import { currentBalance } from "./allowance";
import { childrenOf } from "./guardianship";
import { listSessions, sessionView } from "./list-sessions";
import { loadBabyRoom, type BabyRoom } from "./load-baby-room";
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
  const lines = ids.length
    ? await db
        .select({ entry: waitlistEntries, offer: bookings })
        .from(waitlistEntries)
        .leftJoin(bookings, eq(bookings.id, waitlistEntries.offerBookingId))
        .where(
          and(
            eq(waitlistEntries.facilityId, room.facility.id),
            inArray(waitlistEntries.holderId, ids),
            inArray(waitlistEntries.status, ["waiting", "offered"]),
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
          priceFen: baby.priceFen,
        })),
      waiting: lines
        .filter((l) => l.entry.holderId === kid.id && l.entry.resourceId)
        .map(({ entry, offer }) => ({
          id: entry.id,
          sessionId: entry.resourceId ?? "",
          status: entry.status as "waiting" | "offered",
          offer:
            entry.status === "offered" && offer?.status === "held" && offer.holdExpiresAt
              ? { bookingId: offer.id, expiresAt: offer.holdExpiresAt.toISOString() }
              : null,
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
    mealCardFen: charges(room, sessions) ? await mealCardBalance({ db }, { residentId: guardianId }) : null,
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

/** Whether any session shown may cost money: a priced type outside the allowance, or beyond it when the room charges. */
const charges = (room: BabyRoom, sessions: { type: { priceFen: number; usesAllowance: boolean } }[]) =>
  sessions.some((s) => s.type.priceFen > 0 && (!s.type.usesAllowance || room.policy.beyondAllowance === "paid"));
