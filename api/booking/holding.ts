import { and, eq, gt, inArray, lt } from "drizzle-orm";
import { bookings } from "../../db/schema";
import { HOLDING_STATUSES, type TimeRange } from "./rules";

/** The bookings at a facility that hold a place at some moment of the range (ranges that only touch do not). */
export const holdingDuring = (facilityId: string, range: TimeRange) =>
  and(
    eq(bookings.facilityId, facilityId),
    inArray(bookings.status, [...HOLDING_STATUSES]),
    lt(bookings.startsAt, range.endsAt),
    gt(bookings.endsAt, range.startsAt),
  );
