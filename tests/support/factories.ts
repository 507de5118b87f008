import { eq } from "drizzle-orm";
import { hoursTemplateRows, wholeFacilityRow } from "../../api/booking/whole-facility";
import type { Db } from "../../db/client";
import * as t from "../../db/schema";
import { hashPassword } from "../../api/staff/password";
import { sha256, randomToken } from "../../api/shared/crypto";
import { babyRoomDefaults } from "../../api/seed/demo-baby-room";
import { studyRoomDefaults } from "../../api/seed/demo-study-room";

const now = () => new Date("2026-01-01T00:00:00Z");
const uid = () => crypto.randomUUID();
const unique = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

export const TEST_PASSWORD = "correct horse battery";

export async function makeDistrict(db: Db) {
  const row = { id: uid(), slug: unique("district"), name: "测试街道", createdAt: now() };
  await db.insert(t.districts).values(row);
  return row;
}

export async function makeCommunity(db: Db, districtId?: string) {
  const district = districtId ?? (await makeDistrict(db)).id;
  const row = {
    id: uid(),
    districtId: district,
    slug: unique("community"),
    name: unique("社区"),
    timeZone: "Asia/Shanghai",
    createdAt: now(),
  };
  await db.insert(t.communities).values(row);
  const facility = {
    id: uid(),
    communityId: row.id,
    kind: "canteen" as const,
    name: "食堂",
    location: "",
    openingHours: "10:00-19:00",
    capacity: 50,
    createdAt: now(),
  };
  await db.insert(t.facilities).values(facility);
  return { ...row, facilityId: facility.id };
}

export async function makeStaff(
  db: Db,
  community: { id: string; districtId: string } | { districtId: string; id: null },
  role: t.StaffRole,
  password = TEST_PASSWORD,
) {
  const row = {
    id: uid(),
    districtId: community.districtId,
    communityId: community.id,
    username: unique(role).toLowerCase(),
    displayName: unique("员工"),
    role,
    passwordHash: await hashPassword(password),
    createdAt: now(),
  };
  await db.insert(t.staff).values(row);
  return { ...row, password };
}

/** A station of 20 with one shower for one: enough to book showers through the engine. */
export async function makeShowerStation(db: Db, communityId: string, createdAt = now()) {
  const station = {
    id: uid(),
    communityId,
    kind: "station" as const,
    name: "骑手驿站",
    location: "",
    openingHours: null,
    capacity: 20,
    createdAt,
  };
  const shower = {
    id: uid(),
    communityId,
    facilityId: station.id,
    kind: "shower" as const,
    label: "淋浴1",
    capacity: 1,
    createdAt,
  };
  await db.insert(t.facilities).values(station);
  await db.insert(t.resources).values(shower);
  return { station, shower };
}

export async function makeKiosk(db: Db, community: { id: string; facilityId: string }) {
  const token = randomToken();
  const row = {
    id: uid(),
    communityId: community.id,
    facilityId: community.facilityId,
    name: unique("kiosk"),
    tokenHash: await sha256(token),
    pairedAt: now(),
    createdAt: now(),
  };
  await db.insert(t.kiosks).values(row);
  return { ...row, token };
}

export async function makeResident(db: Db, communityId: string, extra: Partial<typeof t.residents.$inferInsert> = {}) {
  const row = {
    id: uid(),
    communityId,
    name: unique("居民"),
    birthDate: "1946-05-15",
    gender: "female" as const,
    phone: "13812345678",
    address: "2栋3单元502",
    createdAt: now(),
    ...extra,
  };
  await db.insert(t.residents).values(row);
  return row;
}

export async function makeCourier(db: Db, communityId: string, extra: Partial<typeof t.couriers.$inferInsert> = {}) {
  const row = {
    id: uid(),
    communityId,
    name: unique("骑手"),
    phone: "13900000000",
    platform: "meituan" as const,
    gender: "male" as const,
    verifiedAt: now(),
    createdAt: now(),
    ...extra,
  };
  await db.insert(t.couriers).values(row);
  return row;
}

/** A unit-length random vector, like face-api's descriptors. */
export function randomDescriptor(seed = Math.random()) {
  let s = Math.floor(seed * 2 ** 31) || 1;
  const next = () => (s = (s * 48271) % 2147483647) / 2147483647 - 0.5;
  const v = Array.from({ length: 128 }, next);
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/** A descriptor at exactly `distance` from `base`, in a random direction. */
export function descriptorNear(base: number[], distance: number, seed = Math.random()) {
  const dir = randomDescriptor(seed);
  return base.map((x, i) => x + dir[i]! * distance);
}

/** A canteen with one lunch sitting (cut-off 10:00), the seeds' policy and funds with the given budgets. */
export async function makeCanteen(
  db: Db,
  community: { id: string; facilityId: string },
  opts: { lunchCapacity?: number; budgets?: Partial<Record<string, number | null>> } = {},
) {
  const { SEED_FUNDS, SEED_POLICY } = await import("../../api/canteen/seed-policy");
  const sitting = {
    id: uid(),
    communityId: community.id,
    facilityId: community.facilityId,
    kind: "sitting" as const,
    label: "lunch",
    capacity: opts.lunchCapacity ?? 100,
    attributes: { start: "11:00", end: "13:00", orderCutoff: "10:00" },
    createdAt: now(),
  };
  await db.insert(t.resources).values(sitting);
  const funds = SEED_FUNDS.map((f) => ({
    id: uid(),
    communityId: community.id,
    code: f.code,
    name: f.name,
    monthlyBudgetFen: f.code in (opts.budgets ?? {}) ? opts.budgets![f.code]! : f.monthlyBudgetFen,
    createdAt: now(),
  }));
  await db.insert(t.funds).values(funds);
  await db.insert(t.pricingPolicies).values({
    id: uid(),
    communityId: community.id,
    version: 1,
    effectiveFrom: "2026-01-01",
    rules: SEED_POLICY,
    createdAt: now(),
  });
  return { sitting, funds };
}

export async function topUpCard(db: Db, communityId: string, residentId: string, amountFen: number) {
  await db.insert(t.mealCardEntries).values({
    id: uid(),
    communityId,
    residentId,
    amountFen,
    kind: "top_up",
    method: "cash",
    idempotencyKey: uid(),
    createdAt: now(),
  });
}

/** The community's study room with the default rules and a row of seats A1…An (power on odd columns). */
export async function makeStudyRoom(db: Db, communityId: string, seats = 4) {
  const facility = {
    id: uid(),
    communityId,
    kind: "study_room" as const,
    name: "自习室",
    location: "",
    openingHours: null,
    capacity: seats,
    createdAt: now(),
  };
  await db.insert(t.facilities).values(facility);
  const { policy, hours } = studyRoomDefaults(communityId, facility.id, now());
  const rows = Array.from({ length: seats }, (_, col) => ({
    id: uid(),
    communityId,
    facilityId: facility.id,
    kind: "seat" as const,
    label: `A${col + 1}`,
    capacity: 1,
    attributes: { row: 0, col, zone: "", power: col % 2 === 0, window: false, quiet: false },
    createdAt: now(),
  }));
  // The room's hours are its whole's weekly template in the capacity model.
  const whole = { ...wholeFacilityRow(facility, now()), id: uid(), facilityId: facility.id, communityId };
  await db.batch([
    db.insert(t.bookingPolicies).values(policy),
    db.insert(t.resources).values([...rows, whole]),
    db.insert(t.capacityTemplates).values(hoursTemplateRows(whole, hours, now())),
  ]);
  return { facilityId: facility.id, seats: rows, policy };
}

/** The community's baby room with the seeds' rules (changed by `policy`); sessions are made through the admin API. */
export async function makeBabyRoom(
  db: Db,
  communityId: string,
  policy: Partial<typeof t.babyRoomPolicies.$inferInsert> = {},
) {
  const facility = {
    id: uid(),
    communityId,
    kind: "baby_room" as const,
    name: "宝宝屋",
    location: "",
    openingHours: "08:30-17:30",
    capacity: 12,
    createdAt: now(),
  };
  await db.insert(t.facilities).values(facility);
  const defaults = babyRoomDefaults(communityId, facility.id, now());
  await db.batch([
    db.insert(t.babyRoomPolicies).values({ ...defaults.policy, ...policy }),
    db.insert(t.bookingPolicies).values(defaults.booking),
  ]);
  return { facilityId: facility.id };
}

/** A child born on `birthDate` with the given residents as guardians. */
export async function makeChild(db: Db, communityId: string, guardianIds: string[], birthDate = "2024-06-01") {
  const row = { id: uid(), communityId, name: unique("宝宝"), birthDate, createdAt: now() };
  await db.insert(t.children).values(row);
  await db
    .insert(t.childGuardians)
    .values(guardianIds.map((residentId) => ({ childId: row.id, residentId, relation: "parent" })));
  return row;
}

/** One place of `capacity` to book at the community's first facility, straight in the table (a seat, a sitting …). */
export async function makeResource(
  db: Db,
  community: { id: string; facilityId: string },
  kind: (typeof t.resourceKinds)[number],
  capacity: number,
) {
  const row = {
    id: uid(),
    communityId: community.id,
    facilityId: community.facilityId,
    kind,
    label: unique(kind),
    capacity,
    attributes: {},
    createdAt: now(),
  };
  await db.insert(t.resources).values(row);
  return row;
}

/** A booking's row as it stands in the table. */
export const bookingRow = async (db: Db, id: string) =>
  (await db.select().from(t.bookings).where(eq(t.bookings.id, id)))[0]!;
