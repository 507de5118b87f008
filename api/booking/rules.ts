import type { BookingStatus } from "../../db/schema";

/** Statuses that hold capacity (a waitlist offer's hold included); every other status has given its place back. */
export const HOLDING_STATUSES: readonly BookingStatus[] = ["held", "confirmed", "checked_in"];

export type TimeRange = { startsAt: Date; endsAt: Date };

export const isValidRange = (r: TimeRange) => r.startsAt.getTime() < r.endsAt.getTime();

/**
 * How many places one holder may have at once, as each facility's policy decides: one study
 * seat in the whole room ("facility"), one place per shower or sitting ("resource"), or no limit.
 */
export type HolderLimit = "facility" | "resource" | "none";
