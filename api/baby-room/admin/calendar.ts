import { and, desc, eq, sql } from "drizzle-orm";
import { babyAttendance, babyBookings, bookings, children, residents } from "../../../db/schema";
import type { Deps } from "../../shared/context";
import { DomainError } from "../../shared/errors";
import { addDays, isoWeekday, zonedInstant } from "../../shared/time";
import { listSessions, sessionView } from "../list-sessions";
import { loadBabyRoom } from "../load-baby-room";

/** The week from a Monday, each session with its places taken. */
export async function sessionWeek(deps: Deps, { communityId, monday }: { communityId: string; monday: string }) {
  if (isoWeekday(monday) !== 1) throw new DomainError("unprocessable", "NOT_A_MONDAY", "A week starts on a Monday");
  const room = await loadBabyRoom(deps, { communityId });
  const sessions = await listSessions(deps, {
    facilityId: room.facility.id,
    from: zonedInstant(monday, "00:00", room.timeZone),
    to: zonedInstant(addDays(monday, 7), "00:00", room.timeZone),
  });
  return { monday, sessions: sessions.map(sessionView) };
}

/** Who is in the room now: each child checked in, since when, and who brought them. */
export async function inRoomNow(deps: Deps, { communityId }: { communityId: string }) {
  const room = await loadBabyRoom(deps, { communityId });
  const rows = await deps.db
    .select({
      bookingId: bookings.id,
      childId: children.id,
      childName: children.name,
      checkedInAt: bookings.checkedInAt,
      endsAt: bookings.endsAt,
      sessionId: babyBookings.sessionId,
      byName: sql<string | null>`(SELECT r.name FROM baby_attendance a JOIN residents r ON r.id = a.by_resident_id
        WHERE a.booking_id = ${bookings.id} AND a.kind = 'check_in' ORDER BY a.at DESC LIMIT 1)`,
    })
    .from(bookings)
    .innerJoin(babyBookings, eq(babyBookings.bookingId, bookings.id))
    .innerJoin(children, eq(children.id, babyBookings.childId))
    .where(and(eq(bookings.facilityId, room.facility.id), eq(bookings.status, "checked_in")))
    .orderBy(bookings.checkedInAt);
  return rows.map((r) => ({
    ...r,
    checkedInAt: r.checkedInAt?.toISOString() ?? null,
    endsAt: r.endsAt.toISOString(),
  }));
}

/** The door's record, refusals included, newest first. */
export async function doorEvents(deps: Deps, communityId: string, limit = 100) {
  const room = await loadBabyRoom(deps, { communityId });
  const rows = await deps.db
    .select({ event: babyAttendance, childName: children.name, byName: residents.name })
    .from(babyAttendance)
    .leftJoin(children, eq(children.id, babyAttendance.childId))
    .leftJoin(residents, eq(residents.id, babyAttendance.byResidentId))
    .where(eq(babyAttendance.facilityId, room.facility.id))
    .orderBy(desc(babyAttendance.at))
    .limit(limit);
  return rows.map(({ event, childName, byName }) => ({
    id: event.id,
    kind: event.kind,
    childName,
    byName,
    byPickupCode: event.pickupCodeId !== null,
    reason: event.reason,
    temperature: event.temperatureTenths === null ? null : event.temperatureTenths / 10,
    symptoms: event.symptoms ?? [],
    at: event.at.toISOString(),
  }));
}
