import { expect } from "vitest";
import { randomToken } from "../../api/shared/crypto";
import * as t from "../../db/schema";
import { wholeFacilityRow } from "../../api/booking/whole-facility";
import { stationDefaults } from "../../api/seed/demo-station";
import { createDoorController, type DoorController } from "../../scripts/door-controller-core";
import { makeCommunity, makeCourier, makeKiosk, makeStaff } from "./factories";
import { call, createTestApp, signInAs, type TestApp } from "./test-app";

const uid = () => crypto.randomUUID();
const at = () => new Date("2026-01-01T00:00:00Z");

/**
 * A community's courier station: its capacity, two showers, the women-only rest area and the two
 * doors, each door's relay pointed at the door-controller simulator (the app's outgoing fetch
 * reaches it in-process, on Node and in workerd alike), and a kiosk at each door, set up through
 * the admin API as a keeper would.
 */
export async function stationAt(
  app: TestApp,
  controller: DoorController,
  community: { id: string; districtId: string },
  opts: { capacity?: number; areaCapacity?: number } = {},
) {
  const { db } = app;
  const facility = {
    id: uid(),
    communityId: community.id,
    kind: "station" as const,
    name: "骑手驿站",
    location: "",
    openingHours: null,
    capacity: opts.capacity ?? 20,
    createdAt: at(),
  };
  const resource = (kind: "shower" | "area", label: string, capacity: number, attributes = {}) => ({
    id: uid(),
    communityId: community.id,
    facilityId: facility.id,
    kind,
    label,
    capacity,
    attributes,
    createdAt: at(),
  });
  const showers = [resource("shower", "淋浴间 1", 1), resource("shower", "淋浴间 2", 1)];
  const area = resource("area", "女性休息区", opts.areaCapacity ?? 4, { womenOnly: true });
  // The station as a whole in the capacity model: the door's capacity is planned on it.
  const whole = wholeFacilityRow(facility, at());
  const door = (name: string, areaId: string | null) => ({
    id: uid(),
    communityId: community.id,
    facilityId: facility.id,
    name,
    areaId,
    womenOnly: areaId !== null,
    createdAt: at(),
    updatedAt: at(),
  });
  const doors = { station: door("驿站大门", null), women: door("女性休息区门", area.id) };
  const { policy, settings } = stationDefaults(community.id, facility.id, at());
  await db.insert(t.facilities).values(facility);
  await db.batch([
    db.insert(t.resources).values([...showers, area, whole]),
    db.insert(t.bookingPolicies).values(policy),
    db.insert(t.stationSettings).values(settings),
    db.insert(t.stationDoors).values([doors.station, doors.women]),
  ]);

  const keeper = await makeStaff(db, community, "station_keeper");
  // Staff sessions idle out after 30 minutes: a test that moves the clock signs the keeper in again.
  const session = { cookie: await signInAs(app, keeper.username, keeper.password) };
  const signInAgain = async () => void (session.cookie = await signInAs(app, keeper.username, keeper.password));
  const base = `/api/communities/${community.id}`;
  const secrets = { [doors.station.id]: randomToken(24), [doors.women.id]: randomToken(24) };
  controller.addDoors(secrets);
  for (const d of [doors.station, doors.women]) {
    const res = await call(app, "PUT", `${base}/station/doors/${d.id}/relay`, {
      cookie: session.cookie,
      body: { webhookUrl: "http://door-controller.test/open", secret: secrets[d.id] },
    });
    expect(res.status).toBe(200);
  }
  const doorKiosk = async (doorId: string, direction: "entry" | "exit" | "both", passOnly = false) => {
    const kiosk = await makeKiosk(db, { id: community.id, facilityId: facility.id });
    const res = await call(app, "PUT", `${base}/kiosks/${kiosk.id}/mode`, {
      cookie: session.cookie,
      body: { passOnly, door: { doorId, direction } },
    });
    expect(res.status).toBe(200);
    return kiosk;
  };
  const kiosks = {
    entry: await doorKiosk(doors.station.id, "entry"),
    exit: await doorKiosk(doors.station.id, "exit"),
    women: await doorKiosk(doors.women.id, "both"),
  };

  /** Couriers with passes issued through the admin API, as the desk does. */
  async function ridersWithPasses(n: number, extra: Partial<typeof t.couriers.$inferInsert> = {}) {
    const riders = await Promise.all(Array.from({ length: n }, () => makeCourier(db, community.id, extra)));
    const res = await call(app, "POST", `${base}/passes`, {
      cookie: session.cookie,
      body: { holders: riders.map((r) => ({ kind: "courier", id: r.id })) },
    });
    expect(res.status).toBe(201);
    const codes = new Map<string, string>(
      (res.json.passes as { id: string; code: string }[]).map((p) => [p.id, p.code]),
    );
    return riders.map((r) => ({ ...r, code: codes.get(r.id)! }));
  }
  const scan = (kiosk: { token: string }, body: Record<string, unknown>) =>
    call(app, "POST", "/api/kiosk/station/door", { headers: { authorization: `Bearer ${kiosk.token}` }, body });
  const occupancy = async () => {
    const res = await call(app, "GET", `${base}/station/occupancy`, { cookie: session.cookie });
    expect(res.status).toBe(200);
    return res.json.zones as { zone: string; inside: number; capacity: number; waiting: number; people: unknown[] }[];
  };
  return {
    facility,
    showers,
    area,
    whole,
    doors,
    kiosks,
    controller,
    get cookie() {
      return session.cookie;
    },
    signInAgain,
    base,
    ridersWithPasses,
    scan,
    occupancy,
  };
}

/** A test app whose outgoing fetch is a door controller sharing its clock, and a community with a station. */
export async function createStationTestApp(opts: { capacity?: number; areaCapacity?: number; start?: string } = {}) {
  let app: TestApp | undefined;
  const controller = createDoorController({ now: () => (app ? app.clock.now().getTime() : Date.now()) });
  app = await createTestApp(opts.start, { fetch: controller.fetch });
  const community = await makeCommunity(app.db);
  return { t: app, community, s: await stationAt(app, controller, community, opts) };
}
