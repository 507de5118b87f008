import { and, asc, eq, gt, inArray, or, isNotNull } from "drizzle-orm";
import { bookings, waitlistEntries } from "../../db/schema";
import { activeBan } from "../booking/bans";
import { awayEndsAt, noShowAt } from "../booking/attendance-rules";
import { HOLDING_STATUSES } from "../booking/rules";
import { holdingDuring } from "../booking/holding";
import { openingOn, overlaps } from "../booking/schedule-rules";
import type { Deps, KioskPrincipal } from "../shared/context";
import { addDays, isoOrNull, localDate, zonedInstant } from "../shared/time";
import { loadStudyRoom } from "./load-study-room";
import type { Resident } from "./my-seat-booking";

/**
 * The kiosk's study-room screen for one local date: opening and closures, every seat with the
 * times it is taken (and which are the person's own), and the person's bookings, offers, place
 * in line and any ban. Other people are never named: a taken time is just taken.
 */
export async function studyDay(
  deps: Deps,
  { kiosk, holder, date }: { kiosk: KioskPrincipal; holder: Resident; date?: string },
) {
  const { db, clock } = deps;
  const room = await loadStudyRoom({ db, clock }, { communityId: kiosk.communityId });
  const { policy, timeZone, facility } = room;
  const now = clock.now();
  const today = localDate(now, timeZone);
  const day = date ?? today;
  const opening = openingOn(day, room.hours, timeZone);
  const window = opening ?? {
    startsAt: zonedInstant(day, "00:00", timeZone),
    endsAt: zonedInstant(addDays(day, 1), "00:00", timeZone),
  };
  const [taken, mine, waiting, ban] = await Promise.all([
    db
      .select({
        id: bookings.id,
        resourceId: bookings.resourceId,
        startsAt: bookings.startsAt,
        endsAt: bookings.endsAt,
        holderId: bookings.holderId,
      })
      .from(bookings)
      .where(holdingDuring(facility.id, window)),
    db
      .select()
      .from(bookings)
      .where(
        and(
          eq(bookings.facilityId, facility.id),
          eq(bookings.holderKind, holder.kind),
          eq(bookings.holderId, holder.id),
          gt(bookings.endsAt, now),
          or(inArray(bookings.status, [...HOLDING_STATUSES]), isNotNull(bookings.notice)),
        ),
      )
      .orderBy(asc(bookings.startsAt)),
    db
      .select()
      .from(waitlistEntries)
      .where(and(eq(waitlistEntries.facilityId, facility.id), inArray(waitlistEntries.status, ["waiting", "offered"])))
      .orderBy(asc(waitlistEntries.createdAt)),
    activeBan(deps, { facilityId: facility.id, holder }),
  ]);
  const label = new Map(room.seats.map((s) => [s.id, s.label]));
  return {
    date: day,
    dates: Array.from({ length: policy.daysAhead + 1 }, (_, i) => addDays(today, i)),
    now: now.toISOString(),
    atThisRoom: kiosk.facilityId === facility.id,
    stepMinutes: policy.stepMinutes,
    policy: {
      graceMinutes: policy.graceMinutes,
      awayMinutes: policy.awayMinutes,
      minutesPerDay: policy.minutesPerDay,
      activeBookings: policy.activeBookings,
      daysAhead: policy.daysAhead,
    },
    opening: opening && { startsAt: opening.startsAt.toISOString(), endsAt: opening.endsAt.toISOString() },
    closures: room.closures
      .filter((c) => overlaps(c, window))
      .map((c) => ({ startsAt: c.startsAt.toISOString(), endsAt: c.endsAt.toISOString(), reason: c.reason })),
    seats: room.seats.map((s) => ({
      ...s,
      taken: taken
        .filter((b) => b.resourceId === s.id)
        .map((b) => ({
          startsAt: b.startsAt.toISOString(),
          endsAt: b.endsAt.toISOString(),
          mine: b.holderId === holder.id,
        })),
    })),
    mine: mine.map((b) => ({
      id: b.id,
      seatId: b.resourceId,
      seatLabel: label.get(b.resourceId) ?? "",
      status: b.status,
      startsAt: b.startsAt.toISOString(),
      endsAt: b.endsAt.toISOString(),
      checkInFrom: new Date(b.startsAt.getTime() - policy.graceMinutes * 60_000).toISOString(),
      checkInUntil: noShowAt(b, policy.graceMinutes).toISOString(),
      awaySince: isoOrNull(b.awaySince),
      backBy: b.awaySince ? awayEndsAt(b.awaySince, policy.awayMinutes).toISOString() : null,
      offerExpiresAt: b.status === "held" ? isoOrNull(b.holdExpiresAt) : null,
      notice: b.notice ?? null,
    })),
    waitlist: waiting.flatMap((w, i) =>
      w.holderId === holder.id && w.status === "waiting"
        ? [
            {
              id: w.id,
              startsAt: w.startsAt.toISOString(),
              endsAt: w.endsAt.toISOString(),
              position: waiting.slice(0, i + 1).filter((x) => x.status === "waiting" && overlaps(x, w)).length,
            },
          ]
        : [],
    ),
    ban: ban && { until: ban.endsAt.toISOString() },
  };
}
