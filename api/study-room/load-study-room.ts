import type { Deps } from "../shared/context";
import { and, asc, eq, gt } from "drizzle-orm";
import { bookingPolicies, communities, facilities, facilityClosures, resources } from "../../db/schema";
import { plannedHours } from "../booking/whole-facility";
import { addDays, localDate } from "../shared/time";
import { notFound } from "../shared/errors";
import type { StudyRules } from "./rules";
import { seatView } from "./seats";

/**
 * Everything the study room's rules need, read once per request: the facility and
 * its zone, the booking policy, weekly hours, closures not yet over, and the seats.
 */
export async function loadStudyRoom(
  { db, clock }: Pick<Deps, "db" | "clock">,
  { communityId }: { communityId: string },
) {
  const now = clock.now();
  const [head] = await db
    .select({ facility: facilities, timeZone: communities.timeZone, policy: bookingPolicies })
    .from(facilities)
    .innerJoin(communities, eq(communities.id, facilities.communityId))
    .leftJoin(bookingPolicies, eq(bookingPolicies.facilityId, facilities.id))
    .where(and(eq(facilities.communityId, communityId), eq(facilities.kind, "study_room")));
  if (!head?.policy) throw notFound("Study room");
  const { facility, timeZone, policy } = head;
  // Hours from the capacity model: the weekly template and one-off dates (from yesterday, whose
  // opening may run past midnight into today).
  const hours = await plannedHours({ db }, { facilityId: facility.id, from: addDays(localDate(now, timeZone), -1) });
  const [closures, seats] = await db.batch([
    db
      .select()
      .from(facilityClosures)
      .where(and(eq(facilityClosures.facilityId, facility.id), gt(facilityClosures.endsAt, now)))
      .orderBy(asc(facilityClosures.startsAt)),
    db
      .select()
      .from(resources)
      .where(and(eq(resources.facilityId, facility.id), eq(resources.kind, "seat")))
      .orderBy(asc(resources.label)),
  ]);
  const rules: StudyRules = {
    now,
    timeZone,
    stepMinutes: policy.stepMinutes,
    daysAhead: policy.daysAhead,
    minutesPerDay: policy.minutesPerDay,
    hours,
    closures,
  };
  return { facility, policy, timeZone, rules, closures, hours, seats: seats.map(seatView) };
}
export type StudyRoom = Awaited<ReturnType<typeof loadStudyRoom>>;
