import type { Deps } from "../shared/context";
import { and, asc, eq, gt } from "drizzle-orm";
import { bookingPolicies, communities, facilities, facilityClosures, resources } from "../../db/schema";
import { plannedHours } from "../booking/whole-facility";
import { addDays, localDate } from "../shared/time";
import { cachedConfig } from "../shared/config-cache";
import { notFound } from "../shared/errors";
import type { StudyRules } from "./rules";
import { seatView } from "./seats";

/**
 * Everything the study room's rules need: the facility and its zone, the booking policy, weekly
 * hours, closures not yet over, and the seats, with the community's config version they were read
 * at. With a configuration cache (a kiosk's request), read once per change of the community's
 * configuration, which every edit of these bumps; without one (the admin's screens), read now.
 * `trustCache` skips asking the version, for a write that carries `versionGuard` in its batch.
 */
export async function loadStudyRoom(
  deps: Pick<Deps, "db" | "clock" | "configCache">,
  { communityId, trustCache = false }: { communityId: string; trustCache?: boolean },
) {
  const now = deps.clock.now();
  const { value: room, version: configVersion } = await cachedConfig(deps, communityId, "study-room", trustCache, () =>
    readStudyRoom(deps, { communityId, now }),
  );
  const { facility, timeZone, policy, hours, seats } = room;
  // Read at an earlier moment, the list may hold closures over since; the hours, dates since passed.
  const closures = room.closures.filter((c) => c.endsAt > now);
  const rules: StudyRules = {
    now,
    timeZone,
    stepMinutes: policy.stepMinutes,
    daysAhead: policy.daysAhead,
    minutesPerDay: policy.minutesPerDay,
    hours,
    closures,
  };
  return { facility, policy, timeZone, rules, closures, hours, seats, configVersion };
}

async function readStudyRoom({ db }: Pick<Deps, "db">, { communityId, now }: { communityId: string; now: Date }) {
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
  return { facility, timeZone, policy, hours, closures, seats: seats.map(seatView) };
}
export type StudyRoom = Awaited<ReturnType<typeof loadStudyRoom>>;
