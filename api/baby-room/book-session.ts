import { and, eq, gt, lt, sql } from "drizzle-orm";
import { babyBookings, bookings, facilityClosures } from "../../db/schema";
import { bookingStatement, type BookInput } from "../booking/book";
import { explainRefusal } from "../booking/explain-refusal";
import type { Deps } from "../shared/context";
import { raisedCode } from "../shared/db-errors";
import { DomainError } from "../shared/errors";
import { addDays, localDate } from "../shared/time";
import { allowanceBalance, grantStatement } from "./allowance";
import { childInCare } from "./guardianship";
import { findSession } from "./list-sessions";
import { loadBabyRoom } from "./load-baby-room";
import { ageRefusal, paymentFor, periodOf } from "./rules";

export type BookSessionInput = { sessionId: string; childId: string; guardianId: string; idempotencyKey: string };

const exhausted = () =>
  new DomainError("conflict", "ALLOWANCE_EXHAUSTED", "This child has no free sessions left in this period");

const ageMessages = {
  NOT_BORN: "This session is before the child's birth date",
  TOO_YOUNG: "This child is too young for this session",
  TOO_OLD: "This child is too old for this session",
} as const;

/**
 * A guardian books a session for a child. The engine's booking, the baby-room record and the use
 * of one free session go in one batch: the use is written only if the booking was, and the
 * ledger's trigger refuses it (and so the whole batch) if the period has nothing left. A retried
 * request writes no booking, so it uses nothing, and gets the first booking back.
 */
export async function bookSession(deps: Deps, { communityId, ...input }: { communityId: string } & BookSessionInput) {
  const { db, clock } = deps;
  const room = await loadBabyRoom({ db }, { communityId });
  const { child } = await childInCare({ db }, { communityId, childId: input.childId, residentId: input.guardianId });
  const session = await findSession({ db }, { communityId, sessionId: input.sessionId });
  const engineInput: BookInput = {
    communityId,
    resourceId: session.id,
    holder: { kind: "child", id: child.id },
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    holderLimit: "facility",
    idempotencyKey: `baby:${input.idempotencyKey}`,
  };
  const [earlier] = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.communityId, communityId), eq(bookings.idempotencyKey, engineInput.idempotencyKey)));
  if (earlier) return explainRefusal(deps, engineInput);

  const now = clock.now();
  const sessionDate = localDate(session.startsAt, room.timeZone);
  if (session.startsAt <= now) throw new DomainError("conflict", "SESSION_STARTED", "This session has started");
  if (sessionDate > addDays(localDate(now, room.timeZone), room.booking.daysAhead))
    throw new DomainError("unprocessable", "TOO_FAR_AHEAD", "This day is not open for booking yet");
  const age = ageRefusal(session.type, child.birthDate, sessionDate);
  if (age) throw new DomainError("unprocessable", age, ageMessages[age]);
  const [closure] = await db
    .select({ reason: facilityClosures.reason })
    .from(facilityClosures)
    .where(
      and(
        eq(facilityClosures.facilityId, room.facility.id),
        lt(facilityClosures.startsAt, session.endsAt),
        gt(facilityClosures.endsAt, session.startsAt),
      ),
    )
    .limit(1);
  if (closure)
    throw new DomainError("conflict", "CLOSURE", `The baby room is closed at this time: ${closure.reason}`, undefined, {
      reason: closure.reason,
    });

  const period = periodOf(sessionDate, room.policy.periodMonths).start;
  await grantStatement(deps, { room, childId: child.id, period });
  // Advisory: it picks free or paid; the trigger decides whether the free session is really there.
  const pay = paymentFor(session.type, await allowanceBalance({ db }, { childId: child.id, period }), room.policy);
  if (!pay) throw exhausted();

  const bookingId = crypto.randomUUID();
  const ts = now.getTime();
  const written = sql`EXISTS (SELECT 1 FROM bookings WHERE id = ${bookingId})`;
  try {
    await db.batch([
      bookingStatement(deps, engineInput, bookingId),
      db.run(sql`
        INSERT INTO baby_bookings (booking_id, community_id, session_id, child_id, booked_by_id, payment, price_fen, created_at)
        SELECT ${bookingId}, ${communityId}, ${session.id}, ${child.id}, ${input.guardianId}, ${pay.payment}, ${pay.priceFen}, ${ts}
        WHERE ${written}`),
      ...(pay.payment === "allowance"
        ? [
            db.run(sql`
        INSERT INTO allowance_entries (id, community_id, facility_id, child_id, period, kind, amount, booking_id, idempotency_key, created_at)
        SELECT ${crypto.randomUUID()}, ${communityId}, ${room.facility.id}, ${child.id}, ${period}, 'use', -1, ${bookingId}, ${`use:${bookingId}`}, ${ts}
        WHERE ${written}`),
          ]
        : []),
    ]);
  } catch (err) {
    if (raisedCode(err, ["ALLOWANCE_EXHAUSTED"] as const)) throw exhausted();
    throw err;
  }
  const [row] = await db.select().from(bookings).where(eq(bookings.id, bookingId));
  return row ?? explainRefusal(deps, engineInput);
}

/** The baby-room side of a booking, for views. */
export async function babyBookingOf({ db }: Pick<Deps, "db">, { bookingId }: { bookingId: string }) {
  const [row] = await db.select().from(babyBookings).where(eq(babyBookings.bookingId, bookingId)).limit(1);
  return row ?? null;
}
