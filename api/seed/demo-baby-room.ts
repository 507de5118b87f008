import type * as t from "../../db/schema";

/**
 * A baby room's starting rules: 12 free sessions a child a year (none rolling over), refused beyond
 * them, cancel up to two hours before, a no-show consumes the session, room for 12, 37.3 °C keeps a
 * child home. The engine's side: a week ahead, check in from 15 minutes before to 30 after the
 * start, and a booking stays open until the child is collected. Staff change them.
 */
export function babyRoomDefaults(communityId: string, facilityId: string, now: Date) {
  const policy: typeof t.babyRoomPolicies.$inferInsert = {
    facilityId,
    communityId,
    allowancePerPeriod: 12,
    periodMonths: 12,
    rolloverMax: 0,
    beyondAllowance: "refuse",
    noShowConsumes: true,
    cancelCutoffMinutes: 120,
    roomSize: 12,
    feverTenths: 373,
    updatedAt: now,
  };
  const booking: typeof t.bookingPolicies.$inferInsert = {
    facilityId,
    communityId,
    stepMinutes: 30,
    minutesPerDay: 24 * 60,
    activeBookings: 50,
    daysAhead: 14,
    graceMinutes: 30,
    awayMinutes: 0,
    // Strikes do not ban a family from the baby room: the policy's no-show rule is the allowance.
    strikeLimit: 1000,
    strikeWindowDays: 30,
    banDays: 0,
    offerMinutes: 30,
    completesAtEnd: false,
    updatedAt: now,
  };
  return { policy, booking };
}

/** The seeds' three kinds of session. */
export const SEED_SESSION_TYPES = [
  {
    kind: "childcare",
    name: "托育",
    minutes: 180,
    minAgeMonths: 0,
    maxAgeMonths: 36,
    ratio: 5,
    guardianStays: false,
    usesAllowance: true,
    priceFen: 0,
  },
  {
    kind: "early_education",
    name: "早教",
    minutes: 60,
    minAgeMonths: 12,
    maxAgeMonths: 72,
    ratio: 6,
    guardianStays: false,
    usesAllowance: true,
    priceFen: 0,
  },
  {
    kind: "parent_child",
    name: "亲子",
    minutes: 60,
    minAgeMonths: 6,
    maxAgeMonths: 48,
    ratio: 4,
    guardianStays: true,
    usesAllowance: false,
    priceFen: 0,
  },
] as const satisfies readonly Omit<
  typeof t.babySessionTypes.$inferInsert,
  "id" | "communityId" | "facilityId" | "createdAt"
>[];
