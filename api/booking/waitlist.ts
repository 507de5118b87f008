import { and, asc, eq, sql } from "drizzle-orm";
import { waitlistEntries } from "../../db/schema";
import type { Deps } from "../shared/context";
import { DomainError } from "../shared/errors";
import { isUniqueViolation } from "../shared/db-errors";
import { bookingStatement, capacityOn, placesTaken } from "./book";
import { localDate } from "../shared/time";
import { type Holder, ownBooking } from "./own-booking";
import { allowanceFor, loadPolicy } from "./policy";
import { newId } from "../shared/crypto";

export type JoinWaitlist = {
  communityId: string;
  facilityId: string;
  holder: Holder;
  startsAt: Date;
  endsAt: Date;
  /** The one place waited for (a baby-room session); without it, any place free for the whole range. */
  resourceId?: string;
  idempotencyKey: string;
};

/** Queue for a full time range. A retried request or a double tap finds the same place in line. */
export async function joinWaitlist({ db, clock }: Deps, input: JoinWaitlist) {
  const row = {
    id: newId(),
    communityId: input.communityId,
    facilityId: input.facilityId,
    holderKind: input.holder.kind,
    holderId: input.holder.id,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    resourceId: input.resourceId ?? null,
    status: "waiting" as const,
    idempotencyKey: input.idempotencyKey,
    createdAt: clock.now(),
  };
  try {
    await db.insert(waitlistEntries).values(row);
    return row;
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const [same] = await db
      .select()
      .from(waitlistEntries)
      .where(
        and(
          eq(waitlistEntries.holderId, input.holder.id),
          eq(waitlistEntries.facilityId, input.facilityId),
          eq(waitlistEntries.startsAt, input.startsAt),
          eq(waitlistEntries.endsAt, input.endsAt),
          sql`${waitlistEntries.status} IN ('waiting', 'offered')`,
        ),
      );
    if (same) return same;
    throw new DomainError("conflict", "IDEMPOTENCY_KEY_REUSED", "This request key was already used");
  }
}

/**
 * Offer freed places to the people waiting, first come first served: for each waiting entry, a
 * place free for its whole range is held for the policy's minutes (an area, such as the station's
 * rest area, is walked into through its door, never booked, so it is never offered); an entry that
 * waits for one place (a baby-room session) is offered that place only, and only before it starts. The hold is an engine booking
 * (status "held"), so it takes capacity atomically and the entry moves to "offered" in the same
 * batch only if the hold was written. Returns how many offers were made.
 */
export async function offerFreedPlaces(deps: Pick<Deps, "db" | "clock">, { facilityId }: { facilityId: string }) {
  const { db, clock } = deps;
  const loaded = await loadPolicy({ db }, { facilityId });
  if (!loaded) return 0;
  const { policy, timeZone } = loaded;
  const now = clock.now();
  const queue = await db
    .select()
    .from(waitlistEntries)
    .where(
      and(
        eq(waitlistEntries.facilityId, facilityId),
        eq(waitlistEntries.status, "waiting"),
        sql`(${waitlistEntries.resourceId} IS NULL OR ${waitlistEntries.startsAt} > ${now.getTime()})`,
      ),
    )
    .orderBy(asc(waitlistEntries.createdAt));
  let offers = 0;
  for (const entry of queue) {
    // A place is free where the engine would count one left: a seat, a sitting, a shower or a session alike.
    const free = await db.all<{ id: string }>(sql`
      SELECT r.id FROM resources r WHERE r.facility_id = ${facilityId} AND r.in_service = 1 AND r.kind NOT IN ('area', 'facility')
        AND ${entry.resourceId ? sql`r.id = ${entry.resourceId}` : sql`1 = 1`}
        AND ${placesTaken(entry)} < ${capacityOn(localDate(entry.startsAt, timeZone))}
      ORDER BY r.label`);
    for (const place of free) {
      const bookingId = newId();
      const hold = bookingStatement(
        deps,
        {
          communityId: entry.communityId,
          resourceId: place.id,
          holder: { kind: entry.holderKind, id: entry.holderId },
          startsAt: entry.startsAt,
          endsAt: entry.endsAt,
          holderLimit: "facility",
          timeZone,
          allowance: allowanceFor(policy, entry.startsAt, timeZone),
          status: "held",
          holdExpiresAt: new Date(now.getTime() + policy.offerMinutes * 60_000),
          guard: sql`EXISTS (SELECT 1 FROM waitlist_entries w WHERE w.id = ${entry.id} AND w.status = 'waiting')`,
          idempotencyKey: `offer:${entry.id}:${place.id}`,
        },
        bookingId,
      );
      await db.batch([
        hold,
        db.run(sql`
        UPDATE waitlist_entries SET status = 'offered', offer_booking_id = ${bookingId}
        WHERE id = ${entry.id} AND status = 'waiting' AND EXISTS (SELECT 1 FROM bookings WHERE id = ${bookingId})`),
      ]);
      const [offered] = await db
        .select({ status: waitlistEntries.status })
        .from(waitlistEntries)
        .where(eq(waitlistEntries.id, entry.id));
      if (offered?.status !== "waiting") {
        if (offered?.status === "offered") offers += 1;
        break;
      }
    }
  }
  return offers;
}

/**
 * The waitlist entry behind an offer ends with the offer: batched after the statement that moved
 * the offer's booking to `status`, and conditional on it, so an offer already taken stays taken.
 */
export const endOfferEntry = (db: Deps["db"], bookingId: string, status: "cancelled" | "expired") =>
  db
    .update(waitlistEntries)
    .set({ status })
    .where(
      and(
        eq(waitlistEntries.offerBookingId, bookingId),
        eq(waitlistEntries.status, "offered"),
        sql`EXISTS (SELECT 1 FROM bookings b WHERE b.id = ${bookingId} AND b.status = ${status})`,
      ),
    );

/** Take the offered place: the hold becomes a booking if it has not expired; a second tap finds it taken. */
export async function acceptOffer(
  { db, clock }: Deps,
  { communityId, bookingId, holder }: { communityId: string; bookingId: string; holder: Holder },
) {
  const now = clock.now().getTime();
  await db.batch([
    db.run(sql`UPDATE bookings SET status = 'confirmed', hold_expires_at = NULL
      WHERE id = ${bookingId} AND community_id = ${communityId} AND holder_id = ${holder.id} AND status = 'held' AND hold_expires_at > ${now}`),
    db.run(sql`UPDATE waitlist_entries SET status = 'accepted'
      WHERE offer_booking_id = ${bookingId} AND status = 'offered' AND EXISTS (SELECT 1 FROM bookings WHERE id = ${bookingId} AND status = 'confirmed')`),
  ]);
  const offer = await ownBooking({ db }, { at: { communityId }, bookingId, holder, what: "Offer" });
  if (offer.status !== "confirmed")
    throw new DomainError("conflict", "OFFER_EXPIRED", "This offer has run out; the place went to the next person");
  return offer;
}

/** Say no to an offer: the place goes to the next person at once. */
export async function declineOffer(
  deps: Deps,
  { communityId, bookingId, holder }: { communityId: string; bookingId: string; holder: Holder },
) {
  const { db, clock } = deps;
  const offer = await ownBooking({ db }, { at: { communityId }, bookingId, holder, what: "Offer" });
  await db.batch([
    db.run(
      sql`UPDATE bookings SET status = 'cancelled', closed_at = ${clock.now().getTime()} WHERE id = ${bookingId} AND status = 'held'`,
    ),
    endOfferEntry(db, bookingId, "cancelled"),
  ]);
  await offerFreedPlaces(deps, { facilityId: offer.facilityId });
  return { bookingId, declined: true as const };
}

/** Leave the line. */
export async function cancelWaitlistEntry(
  { db }: Deps,
  { communityId, entryId, holder }: { communityId: string; entryId: string; holder: Holder },
) {
  const [row] = await db
    .update(waitlistEntries)
    .set({ status: "cancelled" })
    .where(
      and(
        eq(waitlistEntries.communityId, communityId),
        eq(waitlistEntries.id, entryId),
        eq(waitlistEntries.holderId, holder.id),
        eq(waitlistEntries.status, "waiting"),
      ),
    )
    .returning();
  if (!row) throw new DomainError("conflict", "NOT_WAITING", "You are not waiting for this time");
  return row;
}
