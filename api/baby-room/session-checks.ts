import { facilityClosures } from "../../db/schema";
import { closuresDuring } from "../booking/closures-during";
import type { Deps } from "../shared/context";
import { DomainError } from "../shared/errors";
import { addDays, localDate } from "../shared/time";
import type { SessionRow } from "./list-sessions";
import type { BabyRoom } from "./load-baby-room";
import { ageRefusal } from "./rules";

const ageMessages = {
  NOT_BORN: "This session is before the child's birth date",
  TOO_YOUNG: "This child is too young for this session",
  TOO_OLD: "This child is too old for this session",
} as const;

/**
 * What keeps a child from a session whether or not a place is free (booking it or waiting for
 * it): it has started, the day is not open yet, the child's age on the day, a closure. Answers
 * the session's local date.
 */
export async function refuseSession(
  { db, clock }: Pick<Deps, "db" | "clock">,
  { room, session, child }: { room: BabyRoom; session: SessionRow; child: { birthDate: string } },
) {
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
    .where(closuresDuring(room.facility.id, session))
    .limit(1);
  if (closure)
    throw new DomainError("conflict", "CLOSURE", `The baby room is closed at this time: ${closure.reason}`, undefined, {
      reason: closure.reason,
    });
  return sessionDate;
}
