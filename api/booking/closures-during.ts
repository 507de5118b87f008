import { and, eq, gt, lt } from "drizzle-orm";
import { facilityClosures } from "../../db/schema";

/** A facility's closures that overlap a time range (a session, a week, a run of days). */
export const closuresDuring = (facilityId: string, range: { startsAt: Date; endsAt: Date }) =>
  and(
    eq(facilityClosures.facilityId, facilityId),
    lt(facilityClosures.startsAt, range.endsAt),
    gt(facilityClosures.endsAt, range.startsAt),
  );
