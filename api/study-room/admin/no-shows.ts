import { and, desc, eq, gt } from "drizzle-orm";
import { bookingBans, bookings, residents, resources } from "../../../db/schema";
import { banInForce, countingStrikes } from "../../booking/attendance-rules";
import type { Deps } from "../../shared/context";
import { isoOrNull } from "../../shared/time";
import { loadStudyRoom } from "../load-study-room";

/**
 * The no-show list: missed bookings inside the strike window, newest first, each person's
 * counting strikes, and the bans in force or ended within the window (lifted ones included, as evidence).
 */
export async function noShowReport(deps: Deps, { communityId }: { communityId: string }) {
  const { db, clock } = deps;
  const room = await loadStudyRoom({ db, clock }, { communityId });
  const now = clock.now();
  const since = new Date(now.getTime() - room.policy.strikeWindowDays * 86_400_000);
  const [missed, bans] = await Promise.all([
    db
      .select({
        id: bookings.id,
        holderId: bookings.holderId,
        name: residents.name,
        seat: resources.label,
        startsAt: bookings.startsAt,
        endsAt: bookings.endsAt,
      })
      .from(bookings)
      .innerJoin(resources, eq(resources.id, bookings.resourceId))
      .leftJoin(residents, eq(residents.id, bookings.holderId))
      .where(
        and(eq(bookings.facilityId, room.facility.id), eq(bookings.status, "no_show"), gt(bookings.startsAt, since)),
      )
      .orderBy(desc(bookings.startsAt)),
    db
      .select({ ban: bookingBans, name: residents.name })
      .from(bookingBans)
      .leftJoin(residents, eq(residents.id, bookingBans.holderId))
      .where(and(eq(bookingBans.facilityId, room.facility.id), gt(bookingBans.endsAt, since)))
      .orderBy(desc(bookingBans.startsAt)),
  ]);
  const lastBan = (holderId: string) => bans.find((b) => b.ban.holderId === holderId)?.ban.startsAt ?? null;
  const strikesOf = (holderId: string) =>
    countingStrikes(
      missed.filter((m) => m.holderId === holderId).map((m) => m.startsAt),
      now,
      room.policy.strikeWindowDays,
      lastBan(holderId),
    );
  return {
    strikeLimit: room.policy.strikeLimit,
    windowDays: room.policy.strikeWindowDays,
    noShows: missed.map((m) => ({
      bookingId: m.id,
      residentId: m.holderId,
      name: m.name ?? "",
      seat: m.seat,
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt.toISOString(),
      strikes: strikesOf(m.holderId),
    })),
    bans: bans.map(({ ban, name }) => ({
      id: ban.id,
      residentId: ban.holderId,
      name: name ?? "",
      startsAt: ban.startsAt.toISOString(),
      endsAt: ban.endsAt.toISOString(),
      reason: ban.reason,
      liftedAt: isoOrNull(ban.liftedAt),
      inForce: banInForce(ban, now),
    })),
  };
}
