import type { Db } from "../../db/client";
import * as t from "../../db/schema";
import type { Config } from "../env";
import { sha256, newId } from "../shared/crypto";
import { sealDoorSecret } from "../station/door-relay";
import { rulesRow } from "./rules-row";

/**
 * A station's starting rules for its showers on the booking engine: one shower booking a rider at
 * a time, booked today only, a rider who does not start within 10 minutes loses the slot (the
 * duties release it), two no-shows in a week pause shower booking for a day, a freed shower is
 * held for the next in the queue for 5 minutes. Staff change them.
 */
export function stationDefaults(communityId: string, facilityId: string, now: Date) {
  const at = { communityId, facilityId, now };
  const policy: typeof t.bookingPolicies.$inferInsert = rulesRow(at, {
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
  });
  const settings: typeof t.stationSettings.$inferInsert = rulesRow(at, {
    pendingExpiryDays: 14,
    nightlyCloseAt: "04:00",
    showerSlotMinutes: 20,
    showerCleaningMinutes: 10,
  });
  return { policy, settings };
}

// The demo's doors and door kiosks. Fixed ids and tokens so the README's simulator command and
// kiosk links work on a fresh demo; never seed a real deployment with them.
export const DEMO_STATION_KIOSK_TOKEN = "demo-station-door-kiosk-token-for-the-demo-only";
export const DEMO_STATION_EXIT_KIOSK_TOKEN = "demo-station-exit-kiosk-token-for-the-demo-only";
export const DEMO_WOMEN_KIOSK_TOKEN = "demo-women-door-kiosk-token-for-the-demo-only";
export const DEMO_STATION_SERVICE_KIOSK_TOKEN = "demo-station-service-kiosk-token-for-the-demo-only";
export const DEMO_DOOR_CONTROLLER_URL = "http://127.0.0.1:8787/";
export const DEMO_DOORS = {
  station: { id: "demo-station-door", secret: "demo-station-door-secret-for-the-demo-only" },
  women: { id: "demo-women-door", secret: "demo-women-door-secret-for-the-demo-only" },
} as const;

/**
 * The demo station's rows: rules, the two doors with their relays pointed at the simulator
 * (`npx tsx scripts/door-controller.ts --demo`), an entry kiosk and an exit kiosk at the
 * station's door, a pass-only kiosk at the women's door, a service kiosk inside (showers), and
 * the amenities. Without a data key
 * the doors have no secret and every open answers "door failed", as it should.
 */
export async function demoStationRows(
  db: Db,
  input: { communityId: string; stationId: string; areaId: string; now: Date; config?: Config },
) {
  const { communityId, stationId, areaId, now, config } = input;
  const { policy, settings } = stationDefaults(communityId, stationId, now);
  const seal = (secret: string) => (config?.dataKey ? sealDoorSecret(config, secret) : Promise.resolve(null));
  const door = async (d: { id: string; secret: string }, name: string, area: string | null) => ({
    id: d.id,
    communityId,
    facilityId: stationId,
    name,
    areaId: area,
    womenOnly: area !== null,
    webhookUrl: DEMO_DOOR_CONTROLLER_URL,
    secretCiphertext: await seal(d.secret),
    createdAt: now,
    updatedAt: now,
  });
  const kiosk = async (
    name: string,
    token: string,
    doorId: string | null,
    direction: "entry" | "exit" | "both" | null,
  ) => ({
    id: newId(),
    communityId,
    facilityId: stationId,
    name,
    tokenHash: await sha256(token),
    pairedAt: now,
    createdAt: now,
    passOnly: doorId === DEMO_DOORS.women.id,
    doorId,
    doorDirection: direction,
  });
  const amenities = (
    [
      ["fridge", "冰箱", ""],
      ["microwave", "微波炉", ""],
      ["charging", "充电柜", "手机与电动车电池"],
      ["water", "饮水机", "冷热水"],
      ["first_aid", "急救箱", "在站长桌旁"],
    ] as const
  ).map(([kind, label, note], position) => ({
    id: newId(),
    communityId,
    facilityId: stationId,
    kind,
    label,
    note,
    position,
  }));
  return [
    db.insert(t.stationSettings).values(settings),
    db.insert(t.bookingPolicies).values(policy),
    db
      .insert(t.stationDoors)
      .values([await door(DEMO_DOORS.station, "驿站大门", null), await door(DEMO_DOORS.women, "女性休息区门", areaId)]),
    db.insert(t.kiosks).values([
      await kiosk("驿站大门 进门", DEMO_STATION_KIOSK_TOKEN, DEMO_DOORS.station.id, "entry"),
      await kiosk("驿站大门 出门", DEMO_STATION_EXIT_KIOSK_TOKEN, DEMO_DOORS.station.id, "exit"),
      await kiosk("女性休息区门口", DEMO_WOMEN_KIOSK_TOKEN, DEMO_DOORS.women.id, "both"),
      // Inside the station: showers, the queue and the amenities, after a pass or a face.
      await kiosk("驿站服务台", DEMO_STATION_SERVICE_KIOSK_TOKEN, null, null),
    ]),
    db.insert(t.stationAmenities).values(amenities),
  ] as const;
}
