import { sweepAttempts } from "../shared/attempt-limiter";
import { sweepIdempotencyKeys } from "../shared/idempotency";
import { sql } from "drizzle-orm";
import type { Deps } from "../shared/context";
import { awayEndsAtSql, noShowAtSql } from "./attendance-sql";
import { closeUnfinishedVisits } from "../station/close-unfinished-visits";
import { banIfStruckOut } from "./bans";
import { endOfferEntry, offerFreedPlaces } from "./waitlist";

type Row = { facility_id: string; holder_kind: "resident" | "courier" | "child"; holder_id: string };

// Only facilities with a booking policy check people in; the canteen's sittings are never touched.
const withPolicy = sql`facility_id IN (SELECT facility_id FROM booking_policies)`;

/**
 * The booking engine's clockwork, run every minute by Node's timer and by the Workers Cron
 * Trigger alike: no-shows after the grace period, people away (暂离) past their allowance, finished
 * bookings, expired waitlist offers; then bans for repeated no-shows and offers of freed places;
 * and the courier station's nightly close of visits left without scanning out.
 * Every step is a conditional UPDATE on the current status, so a second run (or two runtimes
 * running at once) changes nothing more.
 */
export async function runBookingDuties(deps: Pick<Deps, "db" | "clock">) {
  const { db, clock } = deps;
  const now = clock.now().getTime();
  const noShows = await db.all<Row>(sql`
    UPDATE bookings SET status = 'no_show', closed_at = ${now}
    WHERE status = 'confirmed' AND ${withPolicy} AND ${noShowAtSql} <= ${now}
    RETURNING facility_id, holder_kind, holder_id`);
  const released = await db.all<Row>(sql`
    UPDATE bookings SET status = 'released', closed_at = ${awayEndsAtSql}
    WHERE status = 'checked_in' AND away_since IS NOT NULL AND ${awayEndsAtSql} <= ${now} AND ${withPolicy}
    RETURNING facility_id, holder_kind, holder_id`);
  // Someone away when their time ran out left when they stepped out. Where someone must check out
  // (a child is collected by a guardian), the booking stays open until they do.
  const completed = await db.all<Row>(sql`
    UPDATE bookings SET status = 'completed', closed_at = away_since
    WHERE status = 'checked_in' AND ends_at <= ${now}
      AND facility_id IN (SELECT facility_id FROM booking_policies WHERE completes_at_end = 1)
    RETURNING facility_id, holder_kind, holder_id`);
  const expiredOffers = await db.all<{ id: string }>(sql`
    UPDATE bookings SET status = 'expired', closed_at = ${now}
    WHERE status = 'held' AND hold_expires_at <= ${now} AND ${withPolicy}
    RETURNING id`);
  // An offer not taken in time passes the place on; the entry has had its turn.
  for (const { id } of expiredOffers) await endOfferEntry(db, id, "expired");
  // A range is waited for until it is over; one place (a baby-room session) only until it starts.
  await db.run(sql`UPDATE waitlist_entries SET status = 'expired'
    WHERE status = 'waiting' AND (ends_at <= ${now} OR (resource_id IS NOT NULL AND starts_at <= ${now}))`);

  // Everyone with a no-show closed in the last day, not only the rows this run marked: if a run
  // stopped between marking no-shows and banning, the next run still bans. banIfStruckOut only
  // inserts while no ban is in force, so judging a holder again changes nothing.
  const struck = await db.all<Row>(sql`
    SELECT DISTINCT facility_id, holder_kind, holder_id FROM bookings
    WHERE status = 'no_show' AND closed_at > ${now - 86_400_000}`);
  let bans = 0;
  for (const r of struck)
    if (await banIfStruckOut(deps, { facilityId: r.facility_id, holder: { kind: r.holder_kind, id: r.holder_id } }))
      bans += 1;

  const waiting = await db.all<{ facility_id: string }>(
    sql`SELECT DISTINCT facility_id FROM waitlist_entries WHERE status = 'waiting'`,
  );
  let offers = 0;
  for (const { facility_id } of waiting) offers += await offerFreedPlaces(deps, { facilityId: facility_id });
  const unclosedVisits = await closeUnfinishedVisits(deps);
  await sweepIdempotencyKeys(deps); // claims past their 24 hours: a replay after that is a new request
  await sweepAttempts(deps); // limiter claims past every window

  return {
    noShows: noShows.length,
    released: released.length,
    completed: completed.length,
    expiredOffers: expiredOffers.length,
    bans,
    offers,
    unclosedVisits,
  };
}
