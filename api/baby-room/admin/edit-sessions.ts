import { eq, sql } from "drizzle-orm";
import { babySessions, babySessionTemplates } from "../../../db/schema";
import { affectedView, heldOn } from "../../booking/admin/capacity-bookings";
import { cancellationStatements } from "../../booking/admin/cancellation";
import { holding } from "../../booking/book";
import { offerFreedPlaces } from "../../booking/waitlist";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { findInCommunity } from "../../shared/find-in-community";
import { isUniqueViolation } from "../../shared/db-errors";
import { DomainError, notFound } from "../../shared/errors";
import { localDate } from "../../shared/time";
import { findSession, type SessionRow, sessionView } from "../list-sessions";
import { type BabyRoom, loadBabyRoom } from "../load-baby-room";
import { sessionCapacity } from "../rules";
import { bookingsBeyond, type LoweringChoice, loweringOutcome, sessionCapacityStatements } from "./session-capacity";
import { findType, sessionLabel } from "./sessions";
import { newId } from "../../shared/crypto";

type Actor = { actor: StaffPrincipal; communityId: string };

/** A session of this room still to start and not removed: the past is what happened. */
async function sessionToCome(deps: Deps, room: BabyRoom, sessionId: string) {
  const session = await findSession(deps, { communityId: room.facility.communityId, sessionId });
  if (!session.inService) throw notFound("Session");
  if (session.startsAt <= deps.clock.now())
    throw new DomainError("conflict", "ALREADY_OVER", "This session has started; it can no longer be changed");
  return session;
}

/** The bookings holding places in a session, with their holders. */
const heldIn = (deps: Deps, room: BabyRoom, s: SessionRow) =>
  heldOn(deps, { resourceId: s.id, date: localDate(s.startsAt, room.timeZone), timeZone: room.timeZone });

const hasBookings = (affected: unknown[], message: string) =>
  new DomainError("conflict", "SESSION_HAS_BOOKINGS", message, undefined, { affected });

/**
 * Change a session to come: its caregivers (so its capacity), or, while nobody holds a place in
 * it, its time and type. A booked session keeps its time and type (the children were booked, fit
 * for age and paid for that one); to move it, staff remove it (cancelling with notice) and add
 * another. Fewer places than booked follows the house's rule: keep or cancel the last booked.
 */
export async function updateSession(
  deps: Deps,
  {
    actor,
    communityId,
    sessionId,
    ...input
  }: Actor & {
    sessionId: string;
    typeId: string;
    startsAt: Date;
    caregivers: number;
    reason: string;
    choice?: LoweringChoice | undefined;
  },
) {
  const { db, clock } = deps;
  const room = await loadBabyRoom({ db }, { communityId });
  const session = await sessionToCome(deps, room, sessionId);
  const type = await findType(deps, communityId, input.typeId);
  const moved = type.id !== session.typeId || input.startsAt.getTime() !== session.startsAt.getTime();
  if (moved && session.taken > 0)
    throw hasBookings(
      (await heldIn(deps, room, session)).map(affectedView),
      "People have booked this session: its time and type stay; remove it and add another to move it",
    );
  if (moved && input.startsAt <= clock.now())
    throw new DomainError("unprocessable", "DATE_IN_PAST", "A session must start in the future");
  const capacity = sessionCapacity(input.caregivers, type.ratio, room.policy.roomSize);
  const change = { id: session.id, startsAt: session.startsAt, taken: session.taken, capacity };
  const beyond = await bookingsBeyond({ db }, { room, changes: [change], choice: input.choice });
  const now = clock.now();
  const changeId = newId();
  const endsAt = new Date(input.startsAt.getTime() + type.minutes * 60_000);
  const label = sessionLabel(type, input.startsAt, room.timeZone);
  try {
    await db.batch([
      db
        .update(babySessions)
        .set({ typeId: type.id, startsAt: input.startsAt, endsAt, caregivers: input.caregivers })
        .where(eq(babySessions.resourceId, session.id)),
      db.run(sql`UPDATE resources SET label = ${label}, attributes = ${JSON.stringify({ typeId: type.id })}
        WHERE id = ${session.id}`),
      // Only a session nobody holds moves; anyone waiting for it waited for the old time.
      ...(moved
        ? [
            db.run(sql`UPDATE waitlist_entries SET status = 'cancelled'
              WHERE resource_id = ${session.id} AND status IN ('waiting', 'offered')`),
          ]
        : []),
      ...sessionCapacityStatements(
        { db },
        {
          room,
          changes: [change],
          beyond,
          choice: input.choice ?? "keep",
          reason: input.reason,
          changeId,
          at: now,
          label,
        },
      ),
      auditInsert(deps, {
        actor,
        communityId,
        action: "baby_room.update_session",
        entity: "baby_session",
        entityId: session.id,
        before: {
          typeId: session.typeId,
          startsAt: session.startsAt.toISOString(),
          caregivers: session.caregivers,
          capacity: session.capacity,
        },
        after: {
          typeId: type.id,
          startsAt: input.startsAt.toISOString(),
          caregivers: input.caregivers,
          capacity,
          reason: input.reason,
          choice: beyond.length ? input.choice : null,
          affected: beyond.map((b) => ({ bookingId: b.id, holder: b.holderName })),
        },
      }),
    ]);
  } catch (err) {
    if (isUniqueViolation(err))
      throw new DomainError("conflict", "SESSION_EXISTS", "A session of this type already starts at this time");
    throw err;
  }
  if (capacity > session.capacity) await offerFreedPlaces(deps, { facilityId: room.facility.id });
  return {
    session: sessionView(await findSession(deps, { communityId, sessionId })),
    choice: beyond.length ? (input.choice ?? null) : null,
    ...(await loweringOutcome({ db }, { room, changeId, reason: input.reason, beyond })),
  };
}

/**
 * Take a session to come off the calendar. With bookings it is done only once staff have seen
 * whom it touches and confirmed (cancelBookings): then, in one batch, the session is out of
 * service, each booking is cancelled with a notice and its free session or payment given back
 * (the statements a closure uses), and the waiting list closes. The row stays (bookings name it),
 * and making its week again does not bring it back.
 */
export async function removeSession(
  deps: Deps,
  {
    actor,
    communityId,
    sessionId,
    reason,
    cancelBookings,
  }: Actor & { sessionId: string; reason: string; cancelBookings?: boolean | undefined },
) {
  const { db, clock } = deps;
  const room = await loadBabyRoom({ db }, { communityId });
  const session = await sessionToCome(deps, room, sessionId);
  const held = await heldIn(deps, room, session);
  if (held.length > 0 && !cancelBookings)
    throw hasBookings(
      held.map(affectedView),
      "People have booked this session: removing it cancels their bookings with a notice and gives back what they paid",
    );
  const now = clock.now();
  const changeId = newId();
  await db.batch([
    db.run(sql`UPDATE resources SET in_service = 0 WHERE id = ${session.id} AND in_service = 1`),
    ...cancellationStatements(
      { db },
      {
        facility: room.facility,
        which: sql`resource_id = ${session.id}`,
        notice: { kind: "cancelled", reason, capacityChangeId: changeId },
        at: now,
      },
    ),
    db.run(sql`UPDATE waitlist_entries SET status = 'cancelled'
      WHERE resource_id = ${session.id} AND status IN ('waiting', 'offered')`),
    auditInsert(deps, {
      actor,
      communityId,
      action: "baby_room.remove_session",
      entity: "baby_session",
      entityId: session.id,
      before: { typeId: session.typeId, startsAt: session.startsAt.toISOString(), taken: session.taken },
      after: { removed: true, reason, affected: held.map((b) => ({ bookingId: b.id, holder: b.holderName })) },
    }),
  ]);
  return {
    id: session.id,
    removed: true as const,
    ...(await loweringOutcome({ db }, { room, changeId, reason, beyond: held })),
  };
}

/**
 * Delete a weekly template: it makes no more sessions. The sessions it made that are still to come
 * and that nobody holds a place in leave the calendar with it; those with bookings stay, as
 * one-off sessions (remove them one by one if they must go, which tells the people booked).
 */
export async function deleteTemplate(deps: Deps, { actor, communityId, templateId }: Actor & { templateId: string }) {
  const { db, clock } = deps;
  const before = await findInCommunity(deps, babySessionTemplates, { id: templateId, communityId }, "Template");
  const where = eq(babySessionTemplates.id, templateId);
  const now = clock.now().getTime();
  const booked = sql`EXISTS (SELECT 1 FROM bookings b WHERE b.resource_id = resources.id AND b.status IN (${holding}))`;
  const toCome = sql`id IN (SELECT resource_id FROM baby_sessions WHERE template_id = ${templateId} AND starts_at > ${now})`;
  const kept = await db.all<{ id: string }>(
    sql`SELECT id FROM resources WHERE ${toCome} AND in_service = 1 AND ${booked}`,
  );
  const [open] = await db.all<{ n: number }>(
    sql`SELECT count(*) AS n FROM resources WHERE ${toCome} AND in_service = 1`,
  );
  await db.batch([
    db.run(sql`UPDATE resources SET in_service = 0 WHERE ${toCome} AND in_service = 1 AND NOT ${booked}`),
    db.run(sql`UPDATE waitlist_entries SET status = 'cancelled' WHERE status IN ('waiting', 'offered')
      AND resource_id IN (SELECT id FROM resources WHERE ${toCome} AND in_service = 0)`),
    db.update(babySessions).set({ templateId: null }).where(eq(babySessions.templateId, templateId)),
    db.delete(babySessionTemplates).where(where),
    auditInsert(deps, {
      actor,
      communityId,
      action: "baby_room.delete_template",
      entity: "baby_session_template",
      entityId: templateId,
      before,
      after: { sessionsKept: kept.map((k) => k.id) },
    }),
  ]);
  return {
    id: templateId,
    removed: true as const,
    sessionsRemoved: Number(open?.n ?? 0) - kept.length,
    sessionsKept: kept.map((k) => k.id),
  };
}
