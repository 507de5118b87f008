import { hoursTemplateRows, wholeFacilityRow } from "../booking/whole-facility";
import { count } from "drizzle-orm";
import { hashPassword } from "../staff/password";
import { sha256, newId } from "../shared/crypto";
import type { Config } from "../env";
import type { Clock } from "../shared/clock";
import { localDate } from "../shared/time";
import type { Db } from "../../db/client";
import { insertRows } from "../../db/insert-rows";
import { babyRoomSeedRows } from "./demo-baby-room";
import { canteenSeedStatements } from "./demo-canteen";
import { demoStationRows } from "./demo-station";
import { studyRoomDefaults } from "./demo-study-room";
import * as t from "../../db/schema";

// Demo sign-ins, for the demo community only; README says so. Never seed a real deployment.
export const DEMO_PASSWORD = "linli-demo-2026";
export const DEMO_KIOSK_TOKEN = "demo-kiosk-token-for-the-demo-only";
export const DEMO_STUDY_KIOSK_TOKEN = "demo-study-room-kiosk-token-for-the-demo-only";
export const DEMO_BABY_KIOSK_TOKEN = "demo-baby-room-kiosk-token-for-the-demo-only";
export const DEMO_STAFF = [
  { username: "district", displayName: "街道管理员 Ma", role: "district_admin" },
  { username: "admin", displayName: "社区书记 Zhou", role: "community_admin" },
  { username: "canteen", displayName: "食堂经理 Wu", role: "canteen_staff" },
  { username: "station", displayName: "驿站站长 Lin", role: "station_keeper" },
  { username: "babyroom", displayName: "宝宝屋老师 Xu", role: "baby_room_staff" },
] as const satisfies readonly { username: string; displayName: string; role: t.StaffRole }[];

/** A birth date that makes someone `age` on `today`: their birthday fell 45 days ago. */
export function birthDateForAge(today: string, age: number) {
  const past = new Date(Date.parse(`${today}T00:00:00Z`) - 45 * 86_400_000);
  const day = Math.min(past.getUTCDate(), 28); // no 29 February births in demo data
  return `${past.getUTCFullYear() - age}-${String(past.getUTCMonth() + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export async function isSeeded(db: Db) {
  const [row] = await db.select({ n: count() }).from(t.districts);
  return (row?.n ?? 0) > 0;
}

/**
 * The demo community in one atomic batch: two processes seeding at once cannot both succeed,
 * because the first statement claims the district's unique slug.
 */
export async function seedDemo(db: Db, clock: Clock, config?: Config) {
  const now = clock.now();
  const today = localDate(now, "Asia/Shanghai");
  const id = () => newId();
  const districtId = id();
  const communityId = id();
  const facility = (
    kind: t.FacilityKind,
    name: string,
    location: string,
    openingHours: string | null,
    capacity: number,
  ) => ({ id: id(), communityId, kind, name, location, openingHours, capacity, createdAt: now });
  const canteen = facility("canteen", "幸福食堂", "党群服务中心一楼", "10:30-19:30", 80);
  const study = facility("study_room", "共享自习室", "党群服务中心二楼", "08:00-22:00", 24);
  const station = facility("station", "骑手驿站", "党群服务中心东门", null, 20);
  const baby = facility("baby_room", "宝宝屋", "党群服务中心一楼西侧", "08:30-17:30", 12);

  const resource = (
    facilityId: string,
    kind: (typeof t.resourceKinds)[number],
    label: string,
    capacity: number,
    attributes: Record<string, unknown>,
  ) => ({ id: id(), communityId, facilityId, kind, label, capacity, attributes, createdAt: now });
  const zones = ["window", "quiet", "quiet", "standard"] as const;
  const seats = Array.from({ length: 24 }, (_, i) => {
    const row = Math.floor(i / 6);
    const col = i % 6;
    return resource(study.id, "seat", `${"ABCD"[row]}${col + 1}`, 1, {
      row,
      col,
      zone: zones[row],
      power: col % 2 === 0,
      window: row === 0,
      quiet: zones[row] === "quiet",
    });
  });

  const womenArea = resource(station.id, "area", "女性休息区", 4, { womenOnly: true });
  const studyRules = studyRoomDefaults(communityId, study.id, now);
  // The study room's hours are its whole's weekly template in the capacity model.
  const studyWhole = { ...wholeFacilityRow(study, now), id: newId(), facilityId: study.id };

  // Every resident has a flat and a grid; most have a phone; a few belong to groups or have meals delivered.
  const person = (
    name: string,
    age: number,
    gender: "female" | "male",
    phone: string | null,
    address: string,
    grid: string,
    extra: Pick<typeof t.residents.$inferInsert, "groups" | "deliveryEligible"> = {},
  ) => ({
    id: id(),
    communityId,
    name,
    birthDate: birthDateForAge(today, age),
    gender,
    phone,
    address,
    grid,
    createdAt: now,
    ...extra,
  });
  const residents = [
    person("王小明", 8, "male", null, "3栋2单元301", "第一网格"),
    person("李建国", 59, "male", "13800000001", "1栋1单元102", "第一网格"),
    person("张秀英", 60, "female", "13800000002", "1栋2单元201", "第一网格"),
    person("刘桂兰", 75, "female", "13800000003", "2栋1单元101", "第二网格", { groups: ["low_income"] }),
    person("陈淑珍", 80, "female", "13800000004", "2栋3单元502", "第二网格", { deliveryEligible: true }),
    person("杨德福", 92, "male", null, "4栋1单元101", "第三网格", {
      groups: ["extreme_hardship"],
      deliveryEligible: true,
    }),
    person("周芳", 68, "female", "13800000005", "4栋2单元302", "第三网格", { groups: ["disabled"] }),
    person("吴强", 71, "male", "13800000006", "5栋1单元201", "第三网格", { groups: ["veteran_family"] }),
    person("赵丽", 34, "female", "13800000007", "3栋2单元301", "第一网格"),
    person("孙伟", 36, "male", "13800000008", "3栋2单元301", "第一网格"),
  ];
  const [mother, father] = [residents[8]!, residents[9]!];
  const child = { id: id(), communityId, name: "孙乐乐", birthDate: birthDateForAge(today, 2), createdAt: now };
  // 张秀英 (60) is 孙乐乐's grandmother, the third guardian: she brings the child on weekdays.
  const grandmother = residents[2]!;
  const babyRoom = babyRoomSeedRows({
    communityId,
    facilityId: baby.id,
    now,
    today,
    timeZone: "Asia/Shanghai",
    childIds: [child.id],
  });
  const courier = (
    name: string,
    platform: (typeof t.courierPlatforms)[number],
    gender: "female" | "male",
    phone: string,
  ) => ({ id: id(), communityId, name, phone, platform, gender, verifiedAt: now, createdAt: now });

  const passwordHashes = await Promise.all(DEMO_STAFF.map(() => hashPassword(DEMO_PASSWORD)));
  const staffRows = DEMO_STAFF.map((s, i) => ({
    id: id(),
    districtId,
    communityId: s.role === "district_admin" ? null : communityId,
    ...s,
    passwordHash: passwordHashes[i]!,
    createdAt: now,
  }));

  await db.batch([
    db.insert(t.districts).values({ id: districtId, slug: "demo-district", name: "示范街道", createdAt: now }),
    db.insert(t.communities).values({
      id: communityId,
      districtId,
      slug: "demo",
      name: "幸福里社区",
      timeZone: "Asia/Shanghai",
      createdAt: now,
    }),
    db.insert(t.facilities).values([canteen, study, station, baby]),
    ...insertRows(db, t.resources, [
      resource(canteen.id, "sitting", "lunch", 60, { start: "11:00", end: "13:00", orderCutoff: "10:00" }),
      resource(canteen.id, "sitting", "dinner", 40, { start: "17:00", end: "19:00", orderCutoff: "16:00" }),
      ...seats,
      resource(station.id, "shower", "淋浴间 1", 1, { slotMinutes: 20 }),
      resource(station.id, "shower", "淋浴间 2", 1, { slotMinutes: 20 }),
      womenArea,
      wholeFacilityRow(station, now),
      studyWhole,
    ]),
    ...(await demoStationRows(db, { communityId, stationId: station.id, areaId: womenArea.id, now, config })),
    db.insert(t.bookingPolicies).values(studyRules.policy),
    db.insert(t.capacityTemplates).values(hoursTemplateRows(studyWhole, studyRules.hours, now)),
    ...insertRows(db, t.residents, residents),
    db.insert(t.children).values(child),
    db.insert(t.childGuardians).values([
      { childId: child.id, residentId: mother.id, relation: "mother" },
      { childId: child.id, residentId: father.id, relation: "father" },
      { childId: child.id, residentId: grandmother.id, relation: "grandmother" },
    ]),
    db.insert(t.babyRoomPolicies).values(babyRoom.policy),
    db.insert(t.bookingPolicies).values(babyRoom.booking),
    db.insert(t.babySessionTypes).values(babyRoom.types),
    ...insertRows(db, t.babySessionTemplates, babyRoom.templates),
    ...insertRows(db, t.resources, babyRoom.resources),
    ...insertRows(db, t.babySessions, babyRoom.sessions),
    db.insert(t.allowanceEntries).values(babyRoom.grants),
    db.insert(t.kiosks).values({
      id: id(),
      communityId,
      facilityId: baby.id,
      name: "宝宝屋门口",
      tokenHash: await sha256(DEMO_BABY_KIOSK_TOKEN),
      pairedAt: now,
      createdAt: now,
    }),
    db
      .insert(t.couriers)
      .values([
        courier("马骏", "meituan", "male", "13900000001"),
        courier("何静", "eleme", "female", "13900000002"),
        courier("郭勇", "sf", "male", "13900000003"),
      ]),
    db.insert(t.kiosks).values({
      id: id(),
      communityId,
      facilityId: study.id,
      name: "自习室门口",
      tokenHash: await sha256(DEMO_STUDY_KIOSK_TOKEN),
      pairedAt: now,
      createdAt: now,
    }),
    db.insert(t.kiosks).values({
      id: id(),
      communityId,
      facilityId: canteen.id,
      name: "食堂门口一号机",
      tokenHash: await sha256(DEMO_KIOSK_TOKEN),
      pairedAt: now,
      createdAt: now,
    }),
    db.insert(t.staff).values(staffRows),
    ...canteenSeedStatements(db, { communityId, now, today, residents }),
  ]);
  return { districtId, communityId };
}
