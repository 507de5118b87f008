import type * as t from "../../db/schema";
import { periodOf, sessionCapacity } from "../baby-room/rules";
import { addDays, isoWeekday, zonedInstant } from "../shared/time";
import { rulesRow } from "./rules-row";
import { newId } from "../shared/crypto";

/**
 * A baby room's starting rules: 12 free sessions a child a year (none rolling over), refused beyond
 * them, cancel up to two hours before, a no-show consumes the session, room for 12, 37.3 °C keeps a
 * child home. Staff change them.
 */
export const babyRoomRules = {
  allowancePerPeriod: 12,
  periodMonths: 12,
  rolloverMax: 0,
  beyondAllowance: "refuse",
  noShowConsumes: true,
  cancelCutoffMinutes: 120,
  roomSize: 12,
  feverTenths: 373,
} as const satisfies Partial<typeof t.babyRoomPolicies.$inferInsert>;

/**
 * The baby room's rows of rules: its own (babyRoomRules) and the engine's side: a week ahead, check
 * in from 15 minutes before to 30 after the start, and a booking stays open until the child is collected.
 */
export function babyRoomDefaults(communityId: string, facilityId: string, now: Date) {
  const at = { communityId, facilityId, now };
  const policy: typeof t.babyRoomPolicies.$inferInsert = rulesRow(at, babyRoomRules);
  const booking: typeof t.bookingPolicies.$inferInsert = rulesRow(at, {
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
  });
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

/** The seeds' week: 托育 every weekday morning, 早教 on Tuesday and Thursday afternoons, 亲子 on Saturday morning. */
const SEED_TEMPLATES = [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ kind: "childcare", weekday, startTime: "09:00", caregivers: 2 })),
  { kind: "early_education", weekday: 2, startTime: "15:00", caregivers: 1 },
  { kind: "early_education", weekday: 4, startTime: "15:00", caregivers: 1 },
  { kind: "parent_child", weekday: 6, startTime: "10:00", caregivers: 2 },
] as const;

/**
 * The demo baby room's rows: both policies, the three session types, the weekly templates, the
 * sessions of the coming seven days (each an engine resource with its capacity), and the seeded
 * child's 12 free sessions for this year, granted in the ledger.
 */
export function babyRoomSeedRows(input: {
  communityId: string;
  facilityId: string;
  now: Date;
  today: string;
  timeZone: string;
  childIds: string[];
}) {
  const { communityId, facilityId, now, today, timeZone } = input;
  const defaults = babyRoomDefaults(communityId, facilityId, now);
  const types = SEED_SESSION_TYPES.map((type) => ({
    id: newId(),
    communityId,
    facilityId,
    ...type,
    createdAt: now,
  }));
  const typeOf = (kind: string) => types.find((ty) => ty.kind === kind)!;
  const templates = SEED_TEMPLATES.map((tpl) => ({
    id: newId(),
    communityId,
    facilityId,
    typeId: typeOf(tpl.kind).id,
    weekday: tpl.weekday,
    startTime: tpl.startTime,
    caregivers: tpl.caregivers,
    createdAt: now,
  }));
  const resources: (typeof t.resources.$inferInsert)[] = [];
  const sessions: (typeof t.babySessions.$inferInsert)[] = [];
  for (let day = 0; day < 7; day++) {
    const date = addDays(today, day);
    for (const tpl of templates.filter((x) => x.weekday === isoWeekday(date))) {
      const type = types.find((ty) => ty.id === tpl.typeId)!;
      const startsAt = zonedInstant(date, tpl.startTime, timeZone);
      const id = newId();
      resources.push({
        id,
        communityId,
        facilityId,
        kind: "session",
        label: `${type.name} ${date} ${tpl.startTime}`,
        capacity: sessionCapacity(tpl.caregivers, type.ratio, defaults.policy.roomSize),
        attributes: { typeId: type.id },
        createdAt: now,
      });
      sessions.push({
        resourceId: id,
        communityId,
        facilityId,
        typeId: type.id,
        templateId: tpl.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + type.minutes * 60_000),
        caregivers: tpl.caregivers,
        createdAt: now,
      });
    }
  }
  const period = periodOf(today, defaults.policy.periodMonths).start;
  const grants = input.childIds.map((childId) => ({
    id: newId(),
    communityId,
    facilityId,
    childId,
    period,
    kind: "grant" as const,
    amount: defaults.policy.allowancePerPeriod,
    idempotencyKey: `grant:${childId}:${period}`,
    createdAt: now,
  }));
  return { ...defaults, types, templates, resources, sessions, grants };
}
