import type * as t from "./schema";

/**
 * A station's starting rules for its showers on the booking engine: one shower booking a rider at
 * a time, booked today only, a rider who does not start within 10 minutes loses the slot (the
 * duties release it), two no-shows in a week pause shower booking for a day, a freed shower is
 * held for the next in the queue for 5 minutes. Staff change them.
 */
export function stationDefaults(communityId: string, facilityId: string, now: Date) {
  const policy: typeof t.bookingPolicies.$inferInsert = {
    facilityId,
    communityId,
    stepMinutes: 1,
    minutesPerDay: 24 * 60,
    activeBookings: 1,
    daysAhead: 0,
    graceMinutes: 10,
    awayMinutes: 0,
    strikeLimit: 2,
    strikeWindowDays: 7,
    banDays: 1,
    offerMinutes: 5,
    updatedAt: now,
  };
  const settings: typeof t.stationSettings.$inferInsert = {
    facilityId,
    communityId,
    pendingExpiryDays: 14,
    nightlyCloseAt: "04:00",
    showerSlotMinutes: 20,
    showerCleaningMinutes: 10,
    updatedAt: now,
  };
  return { policy, settings };
}
