import type { WeekdayHours } from "../booking/schedule-rules";
import type * as t from "../../db/schema";
import { rulesRow } from "./rules-row";

/**
 * A study room's starting rules: 30-minute steps, four hours a person a day, two bookings at
 * once, three days ahead, check in within 15 minutes, 暂离 up to 30 minutes, three no-shows in
 * 30 days pause booking for 7 days, a waitlist offer is held for 10 minutes. Staff change them.
 */
export const studyRoomRules = {
  stepMinutes: 30,
  minutesPerDay: 240,
  activeBookings: 2,
  daysAhead: 3,
  graceMinutes: 15,
  awayMinutes: 30,
  strikeLimit: 3,
  strikeWindowDays: 30,
  banDays: 7,
  offerMinutes: 10,
} as const satisfies Partial<typeof t.bookingPolicies.$inferInsert>;

/** A study room's rows of rules (studyRoomRules) and its opening hours, every day 08:00–22:00. */
export function studyRoomDefaults(communityId: string, facilityId: string, now: Date) {
  const policy: typeof t.bookingPolicies.$inferInsert = rulesRow({ communityId, facilityId, now }, studyRoomRules);
  const hours: WeekdayHours[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    opens: "08:00",
    closes: "22:00",
  }));
  return { policy, hours };
}
