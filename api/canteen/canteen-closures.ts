import { and, eq } from "drizzle-orm";
import { facilities, facilityClosures } from "../../db/schema";
import { closuresDuring } from "../booking/closures-during";
import { findCommunity } from "../community/find-community";
import type { Deps } from "../shared/context";
import { notFound } from "../shared/errors";
import { addDays, zonedInstant } from "../shared/time";

/** The canteen's closures that overlap local days [from, to], from the one facility closure model. */
export async function canteenClosuresBetween(
  { db }: Pick<Deps, "db">,
  { communityId, from, to }: { communityId: string; from: string; to: string },
) {
  const community = await findCommunity({ db }, { id: communityId });
  if (!community) throw notFound("Community");
  const [canteen] = await db
    .select()
    .from(facilities)
    .where(and(eq(facilities.communityId, communityId), eq(facilities.kind, "canteen")));
  if (!canteen) throw notFound("Canteen");
  const dayStart = (date: string) => zonedInstant(date, "00:00", community.timeZone);
  const closures = await db
    .select()
    .from(facilityClosures)
    .where(closuresDuring(canteen.id, { startsAt: dayStart(from), endsAt: dayStart(addDays(to, 1)) }));
  /** The closures touching one local day. */
  const on = (date: string) =>
    closures.filter((c) => c.startsAt < dayStart(addDays(date, 1)) && c.endsAt > dayStart(date));
  /** Whether closures cover the whole local day. */
  const wholeDay = (date: string) =>
    on(date).some((c) => c.startsAt <= dayStart(date) && c.endsAt >= dayStart(addDays(date, 1)));
  return { canteen, on, wholeDay };
}
