import { and, eq, sql } from "drizzle-orm";
import { resources } from "../../../db/schema";
import type { Deps } from "../../shared/context";
import { DomainError, notFound } from "../../shared/errors";
import { localDate } from "../../shared/time";
import { capacityOn } from "../book";
import type { ManagedFacility } from "./load-facility";

/** A place of the facility (a sitting, a seat, a shower, a session, a rest area, the whole) with its capacity on a date. */
export async function loadResourceOn(
  { db }: Pick<Deps, "db">,
  { facility, resourceId, date }: { facility: ManagedFacility; resourceId: string; date: string },
) {
  const [row] = await db
    .select({
      resource: resources,
      inForce: sql<number>`${capacityOn(date, sql`${resources.id}`, sql`${resources.capacity}`)}`,
    })
    .from(resources)
    .where(and(eq(resources.id, resourceId), eq(resources.facilityId, facility.id)));
  if (!row) throw notFound("Place");
  return { ...row.resource, inForce: Number(row.inForce) };
}

/** Capacity is planned for today or later; the past is what happened. */
export function refusePastDate(date: string, now: Date, facility: ManagedFacility) {
  if (date < localDate(now, facility.timeZone))
    throw new DomainError("unprocessable", "DATE_IN_PAST", "This date is in the past");
}

/** A capacity below what is booked needs the staff's choice for the bookings beyond it. */
export const belowBooked = (affected: unknown[]) =>
  new DomainError(
    "conflict",
    "BELOW_BOOKED",
    "More places are booked than this capacity: choose to keep, move or cancel the bookings beyond it",
    undefined,
    { affected },
  );
