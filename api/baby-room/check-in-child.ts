import { sql } from "drizzle-orm";
import { refuseUnlessCheckInOpen } from "../booking/check-in-guard";
import type { Deps, KioskPrincipal } from "../shared/context";
import { DomainError } from "../shared/errors";
import { findBabyBooking } from "./find-baby-booking";
import { childInCare } from "./guardianship";
import { loadBabyRoom, type BabyRoom } from "./load-baby-room";
import { attendanceInsert } from "./record-attendance";
import { entryRefusal, type EntryAnswers } from "./rules";
import { newId } from "../shared/crypto";

export function atTheRoom(room: BabyRoom, kiosk: KioskPrincipal) {
  if (kiosk.facilityId !== room.facility.id)
    throw new DomainError("forbidden", "AT_THE_ROOM_ONLY", "Check in and out at the baby room's own kiosk");
}

const entryMessages = {
  FEVER: "A child with a temperature this high cannot come in today",
  SYMPTOMS: "A child with these symptoms cannot come in today",
} as const;

/**
 * A guardian checks a child in at the room's kiosk with the entry answers, which are recorded
 * whether the child is admitted or not. The transition is conditional on "confirmed" and the
 * event is written only if this request made it.
 */
export async function checkInChild(
  deps: Deps,
  { kiosk, ...input }: { kiosk: KioskPrincipal } & { bookingId: string; guardianId: string; answers: EntryAnswers },
) {
  const { db, clock } = deps;
  const room = await loadBabyRoom({ db }, { communityId: kiosk.communityId });
  atTheRoom(room, kiosk);
  const found = await findBabyBooking({ db }, { communityId: kiosk.communityId, bookingId: input.bookingId });
  const { booking, baby } = found;
  await childInCare({ db }, { communityId: kiosk.communityId, childId: baby.childId, residentId: input.guardianId });
  if (booking.status === "checked_in") return found;
  const now = clock.now();
  refuseUnlessCheckInOpen(booking, now, room.booking.graceMinutes, { ended: "cancelled", start: "session" });
  const event = {
    communityId: kiosk.communityId,
    facilityId: room.facility.id,
    childId: baby.childId,
    bookingId: booking.id,
    byResidentId: input.guardianId,
    temperatureTenths: input.answers.temperatureTenths,
    symptoms: [...input.answers.symptoms],
  };
  const refusal = entryRefusal(input.answers, room.policy.feverTenths);
  if (refusal) {
    await attendanceInsert(deps, { ...event, kind: "check_in_refused", reason: refusal });
    throw new DomainError("conflict", refusal, entryMessages[refusal]);
  }
  const ts = now.getTime();
  const eventId = newId();
  await db.batch([
    db.run(
      sql`UPDATE bookings SET status = 'checked_in', checked_in_at = ${ts} WHERE id = ${booking.id} AND status = 'confirmed'`,
    ),
    db.run(sql`
      INSERT INTO baby_attendance (id, community_id, facility_id, child_id, booking_id, kind, by_resident_id, temperature_tenths, symptoms, at)
      SELECT ${eventId}, ${event.communityId}, ${event.facilityId}, ${event.childId}, ${event.bookingId}, 'check_in', ${event.byResidentId},
        ${event.temperatureTenths}, ${JSON.stringify(event.symptoms)}, ${ts}
      WHERE EXISTS (SELECT 1 FROM bookings WHERE id = ${booking.id} AND status = 'checked_in' AND checked_in_at = ${ts})
        AND NOT EXISTS (SELECT 1 FROM baby_attendance WHERE booking_id = ${booking.id} AND kind = 'check_in')`),
  ]);
  const after = await findBabyBooking({ db }, { communityId: kiosk.communityId, bookingId: booking.id });
  if (after.booking.status !== "checked_in")
    throw new DomainError("conflict", "NOT_OPEN_FOR_CHECK_IN", "This booking was cancelled or has ended");
  return after;
}
