import { and, eq, sql } from "drizzle-orm";
import { babyAttendance, bookings, pickupCodes } from "../../db/schema";
import { claimAttempt, releaseAttempt } from "../shared/attempt-limiter";
import type { Deps, KioskPrincipal } from "../shared/context";
import { sha256, newId } from "../shared/crypto";
import { DomainError } from "../shared/errors";
import { localDate } from "../shared/time";
import { atTheRoom } from "./check-in-child";
import { findBabyBooking } from "./find-baby-booking";
import { guardianIdsOf } from "./guardianship";
import { loadBabyRoom } from "./load-baby-room";
import { attendanceInsert } from "./record-attendance";
import { checkOutRefusal, type CheckOutRefusal } from "./rules";

const refusalMessages: Record<CheckOutRefusal, string> = {
  NOT_A_GUARDIAN: "Only a guardian authorised for this child may take the child home",
  CODE_UNKNOWN: "This pickup code is not known",
  CODE_USED: "This pickup code has been used already",
  CODE_NOT_TODAY: "This pickup code is not for today",
  CODE_OTHER_CHILD: "This pickup code is for another child",
};

export const pickupCodeHash = (communityId: string, code: string) => sha256(`pickup:${communityId}:${code}`);

export type CheckOutBy = { kind: "pass"; residentId: string } | { kind: "code"; code: string };

/**
 * A child leaves the room: only with a guardian authorised for that child (their pass's session)
 * or a valid one-off pickup code, judged here on the server. Any other attempt is refused and the
 * refusal recorded. A code is spent in the same batch as the check-out, and only once.
 */
export async function checkOutChild(
  deps: Deps,
  { kiosk, ...input }: { kiosk: KioskPrincipal } & { bookingId: string; by: CheckOutBy },
) {
  const { db, clock } = deps;
  const room = await loadBabyRoom({ db }, { communityId: kiosk.communityId });
  atTheRoom(room, kiosk);
  const found = await findBabyBooking({ db }, { communityId: kiosk.communityId, bookingId: input.bookingId });
  const { booking, baby } = found;
  const now = clock.now();
  const today = localDate(now, room.timeZone);
  const guardianIds = await guardianIdsOf({ db }, { childId: baby.childId });
  const code =
    input.by.kind === "code"
      ? ((
          await db
            .select()
            .from(pickupCodes)
            .where(
              and(
                eq(pickupCodes.communityId, kiosk.communityId),
                eq(pickupCodes.codeHash, await pickupCodeHash(kiosk.communityId, input.by.code)),
              ),
            )
            .limit(1)
        )[0] ?? null)
      : null;
  const by =
    input.by.kind === "pass"
      ? { kind: "pass" as const, residentId: input.by.residentId }
      : { kind: "code" as const, code };
  const event = {
    communityId: kiosk.communityId,
    facilityId: room.facility.id,
    childId: baby.childId,
    bookingId: booking.id,
    byResidentId: input.by.kind === "pass" ? input.by.residentId : null,
    pickupCodeId: code?.id ?? null,
  };
  const refusal = checkOutRefusal(baby.childId, { guardianIds, ...by }, today);
  if (refusal) {
    await attendanceInsert(deps, { ...event, kind: "check_out_refused", reason: refusal });
    throw new DomainError("forbidden", refusal, refusalMessages[refusal]);
  }
  if (booking.status !== "checked_in") throw new DomainError("conflict", "NOT_IN_ROOM", "This child is not checked in");
  const ts = now.getTime();
  const eventId = newId();
  const out = sql`EXISTS (SELECT 1 FROM bookings WHERE id = ${booking.id} AND status = 'completed' AND closed_at = ${ts})`;
  const steps = [
    ...(code
      ? [
          db.run(sql`UPDATE pickup_codes SET used_at = ${ts}, used_booking_id = ${booking.id}
            WHERE id = ${code.id} AND used_at IS NULL AND valid_on = ${today}
              AND EXISTS (SELECT 1 FROM bookings WHERE id = ${booking.id} AND status = 'checked_in')`),
        ]
      : []),
    db.run(sql`UPDATE bookings SET status = 'completed', closed_at = ${ts} WHERE id = ${booking.id} AND status = 'checked_in'
      ${code ? sql`AND EXISTS (SELECT 1 FROM pickup_codes WHERE id = ${code.id} AND used_booking_id = ${booking.id} AND used_at = ${ts})` : sql``}`),
    db.run(sql`
      INSERT INTO baby_attendance (id, community_id, facility_id, child_id, booking_id, kind, by_resident_id, pickup_code_id, at)
      SELECT ${eventId}, ${event.communityId}, ${event.facilityId}, ${event.childId}, ${event.bookingId}, 'check_out',
        ${event.byResidentId}, ${event.pickupCodeId}, ${ts}
      WHERE ${out} AND NOT EXISTS (SELECT 1 FROM baby_attendance WHERE booking_id = ${booking.id} AND kind = 'check_out')`),
  ];
  await db.batch(steps as [(typeof steps)[number], ...(typeof steps)[number][]]);
  // This request checked the child out only if its own door event was written (two at the same
  // millisecond would both see the booking completed at this instant).
  const [mine] = await db.select({ id: babyAttendance.id }).from(babyAttendance).where(eq(babyAttendance.id, eventId));
  if (!mine) {
    if (code) {
      await attendanceInsert(deps, { ...event, kind: "check_out_refused", reason: "CODE_USED" });
      throw new DomainError("forbidden", "CODE_USED", refusalMessages.CODE_USED);
    }
    throw new DomainError("conflict", "NOT_IN_ROOM", "This child is not checked in");
  }
  return findBabyBooking({ db }, { communityId: kiosk.communityId, bookingId: booking.id });
}

/**
 * The person named on a pickup code collects the child: the code names the child, whose booking in
 * the room now is checked out. An unknown or spent code is refused and recorded.
 */
export async function pickUpWithCode(deps: Deps, { kiosk, code }: { kiosk: KioskPrincipal; code: string }) {
  const { db } = deps;
  const room = await loadBabyRoom({ db }, { communityId: kiosk.communityId });
  atTheRoom(room, kiosk);
  // Eight digits can be guessed: every try is claimed before the code is looked up, and after five
  // unknown codes the room's pickup waits (1, 2, 4 … minutes), as sign-in and kiosk pairing do.
  const attempt = await claimAttempt(deps, `pickup:${kiosk.communityId}`);
  if (attempt.locked)
    throw new DomainError(
      "rate_limited",
      "TOO_MANY_ATTEMPTS",
      "Too many wrong pickup codes; wait and try again",
      attempt.locked.retryAfterSeconds,
    );
  const [known] = await db
    .select()
    .from(pickupCodes)
    .where(
      and(
        eq(pickupCodes.communityId, kiosk.communityId),
        eq(pickupCodes.codeHash, await pickupCodeHash(kiosk.communityId, code)),
      ),
    )
    .limit(1);
  const refuse = async (reason: "CODE_UNKNOWN" | "CODE_USED", childId: string | null) => {
    await attendanceInsert(deps, {
      communityId: kiosk.communityId,
      facilityId: room.facility.id,
      childId,
      kind: "check_out_refused",
      pickupCodeId: known?.id ?? null,
      reason,
    });
    return new DomainError("forbidden", reason, refusalMessages[reason]);
  };
  if (!known) throw await refuse("CODE_UNKNOWN", null);
  // A code that exists was no guess, whatever becomes of it (used, not today): it does not count.
  await releaseAttempt(deps, attempt.id);
  const [inRoom] = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.facilityId, room.facility.id),
        eq(bookings.holderKind, "child"),
        eq(bookings.holderId, known.childId),
        eq(bookings.status, "checked_in"),
      ),
    )
    .limit(1);
  if (!inRoom) {
    if (known.usedAt) throw await refuse("CODE_USED", known.childId);
    throw new DomainError("conflict", "NOT_IN_ROOM", "This child is not checked in");
  }
  return checkOutChild(deps, { kiosk, bookingId: inRoom.id, by: { kind: "code", code } });
}
