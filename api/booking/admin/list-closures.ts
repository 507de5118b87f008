import { and, asc, eq, gt } from "drizzle-orm";
import { communities, facilities, facilityClosures, type FacilityKind } from "../../../db/schema";
import type { Deps } from "../../shared/context";
import { notFound } from "../../shared/errors";
import { localDate, localTime } from "../../shared/time";

type ClosureRow = { id: string; facilityId: string; startsAt: Date; endsAt: Date; reason: string };

const local = (at: Date, timeZone: string) => `${localDate(at, timeZone)}T${localTime(at, timeZone)}`;

/** A closure as staff read it: local times in the community's zone, and which facility. */
export const closureView = (c: ClosureRow, facility: { kind: FacilityKind; name: string; timeZone: string }) => ({
  id: c.id,
  facilityId: c.facilityId,
  facilityKind: facility.kind,
  facilityName: facility.name,
  from: local(c.startsAt, facility.timeZone),
  to: local(c.endsAt, facility.timeZone),
  startsAt: c.startsAt.toISOString(),
  endsAt: c.endsAt.toISOString(),
  reason: c.reason,
});

/** The community's closures not yet over, every facility, soonest first. */
export async function listFacilityClosures(
  { db, clock }: Pick<Deps, "db" | "clock">,
  { communityId }: { communityId: string },
) {
  const [community] = await db.select().from(communities).where(eq(communities.id, communityId));
  if (!community) throw notFound("Community");
  const rows = await db
    .select({ closure: facilityClosures, kind: facilities.kind, name: facilities.name })
    .from(facilityClosures)
    .innerJoin(facilities, eq(facilities.id, facilityClosures.facilityId))
    .where(and(eq(facilityClosures.communityId, communityId), gt(facilityClosures.endsAt, clock.now())))
    .orderBy(asc(facilityClosures.startsAt));
  return rows.map((r) => closureView(r.closure, { kind: r.kind, name: r.name, timeZone: community.timeZone }));
}
