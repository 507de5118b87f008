import { and, desc, eq, gt, isNull, lte, sql } from "drizzle-orm";
import { bookingBans, bookingPolicies } from "../../db/schema";
import type { Deps } from "../shared/context";
import { DomainError } from "../shared/errors";
import { banFromStrikes, countingStrikes } from "./attendance-rules";
import type { Holder } from "./own-booking";
import { newId } from "../shared/crypto";

const ofHolder = (facilityId: string, holder: Holder) =>
  and(
    eq(bookingBans.facilityId, facilityId),
    eq(bookingBans.holderKind, holder.kind),
    eq(bookingBans.holderId, holder.id),
  );

/** The refusal a ban brings, with the date it ends so the kiosk can say it kindly. */
export const bannedError = (ban: { endsAt: Date }) =>
  new DomainError("conflict", "BANNED", "Booking is paused for you after missed bookings", undefined, {
    until: ban.endsAt.toISOString(),
  });

/** The ban in force for a person at a facility now, if any. */
export async function activeBan(
  { db, clock }: Pick<Deps, "db" | "clock">,
  { facilityId, holder }: { facilityId: string; holder: Holder },
) {
  const now = clock.now();
  const [ban] = await db
    .select()
    .from(bookingBans)
    .where(
      and(
        ofHolder(facilityId, holder),
        isNull(bookingBans.liftedAt),
        lte(bookingBans.startsAt, now),
        gt(bookingBans.endsAt, now),
      ),
    )
    .orderBy(desc(bookingBans.endsAt))
    .limit(1);
  return ban ?? null;
}

/**
 * After a no-show: ban the person if their strikes now reach the limit. The insert is guarded by
 * "no ban in force", so running the duties twice never bans twice; strikes counted from the last
 * ban's start mean a served ban is not re-imposed by the same old strikes.
 */
export async function banIfStruckOut(
  deps: Pick<Deps, "db" | "clock">,
  { facilityId, holder }: { facilityId: string; holder: Holder },
) {
  const { db, clock } = deps;
  const now = clock.now();
  const [policy] = await db.select().from(bookingPolicies).where(eq(bookingPolicies.facilityId, facilityId));
  if (!policy) return null;
  const noShows = await db.all<{ starts_at: number }>(sql`
    SELECT starts_at FROM bookings WHERE facility_id = ${facilityId} AND holder_kind = ${holder.kind} AND holder_id = ${holder.id}
      AND status = 'no_show' AND starts_at > ${now.getTime() - policy.strikeWindowDays * 86_400_000}`);
  const [last] = await db
    .select({ startsAt: bookingBans.startsAt })
    .from(bookingBans)
    .where(ofHolder(facilityId, holder))
    .orderBy(desc(bookingBans.startsAt))
    .limit(1);
  const strikes = countingStrikes(
    noShows.map((r) => new Date(r.starts_at)),
    now,
    policy.strikeWindowDays,
    last?.startsAt ?? null,
  );
  const ban = banFromStrikes(strikes, policy, now);
  if (!ban) return null;
  const id = newId();
  await db.run(sql`
    INSERT INTO booking_bans (id, community_id, facility_id, holder_kind, holder_id, starts_at, ends_at, reason, created_at)
    SELECT ${id}, ${policy.communityId}, ${facilityId}, ${holder.kind}, ${holder.id}, ${ban.startsAt.getTime()}, ${ban.endsAt.getTime()}, ${`no_shows:${strikes}`}, ${now.getTime()}
    WHERE NOT EXISTS (SELECT 1 FROM booking_bans WHERE facility_id = ${facilityId} AND holder_kind = ${holder.kind} AND holder_id = ${holder.id}
      AND lifted_at IS NULL AND ends_at > ${now.getTime()})`);
  const [made] = await db.select({ id: bookingBans.id }).from(bookingBans).where(eq(bookingBans.id, id));
  return made ? id : null;
}
