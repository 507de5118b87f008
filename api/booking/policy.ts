import type { Deps } from "../shared/context";
import { eq } from "drizzle-orm";
import { bookingPolicies, communities, facilities } from "../../db/schema";
import { addDays, localDate, zonedInstant } from "../shared/time";
import type { Allowance } from "./book";

export type BookingPolicy = typeof bookingPolicies.$inferSelect;

/** A facility's booking policy with the zone its rules run in; null for facilities that have none. */
export async function loadPolicy({ db }: Pick<Deps, "db">, { facilityId }: { facilityId: string }) {
  const [row] = await db
    .select({ policy: bookingPolicies, timeZone: communities.timeZone })
    .from(bookingPolicies)
    .innerJoin(facilities, eq(facilities.id, bookingPolicies.facilityId))
    .innerJoin(communities, eq(communities.id, facilities.communityId))
    .where(eq(bookingPolicies.facilityId, facilityId));
  return row ?? null;
}

/** What the policy allows one person, for a booking starting at `startsAt` (its local day). */
export function allowanceFor(policy: BookingPolicy, startsAt: Date, timeZone: string): Allowance {
  const day = localDate(startsAt, timeZone);
  return {
    activeBookings: policy.activeBookings,
    minutesPerDay: {
      minutes: policy.minutesPerDay,
      dayStart: zonedInstant(day, "00:00", timeZone),
      dayEnd: zonedInstant(addDays(day, 1), "00:00", timeZone),
    },
  };
}
