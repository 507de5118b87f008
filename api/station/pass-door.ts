import { and, count, eq, gte, isNull, sql } from "drizzle-orm";
import { couriers, doorEvents, stationVisits } from "../../db/schema";
import { resolveIdentity } from "../identity/identify";
import type { Deps, KioskPrincipal } from "../shared/context";
import { DomainError } from "../shared/errors";
import { capacityOf, logDoorEvent, waitingCount, zoneOccupancy } from "./door-log";
import { sendDoorCommand } from "./door-relay";
import { loadDoor, loadStation, type StationDoor } from "./load-station";
import { courierStatus, doorRefusal, faceAllowed, visitStep, type DoorRefusal } from "./rules";

export type DoorScan = { direction?: "in" | "out"; code?: string; descriptor?: number[] };

const DOOR_ATTEMPTS_PER_MINUTE = 60;
const refusalMessages: Record<DoorRefusal | "NOT_RECOGNISED" | "NOT_A_COURIER", string> = {
  NOT_RECOGNISED: "Not recognised. Please show your pass again or call staff.",
  NOT_A_COURIER: "This door is for registered couriers.",
  COURIER_NOT_VERIFIED: "Your registration is waiting for the station keeper to verify it.",
  REGISTRATION_EXPIRED: "Your registration was not verified in time. Please register again.",
  COURIER_SUSPENDED: "Your pass is suspended. Please see the station keeper.",
  WOMEN_ONLY: "This rest area is for women only.",
  FACE_NOT_ALLOWED: "No camera is used at this door. Please show your pass.",
};

const directionOf = (kiosk: KioskPrincipal, asked?: "in" | "out") =>
  kiosk.doorDirection === "exit" ? "out" : kiosk.doorDirection === "entry" ? "in" : (asked ?? "in");

/**
 * A rider at a door kiosk: identify by pass or face, check who may pass, take a place (entry) or
 * give it back (exit), then open the door through its relay. A full zone is an answer with how
 * many are waiting, not an error; a door that would not open gives the place back and says so.
 */
export async function passDoor(deps: Deps, { kiosk, scan }: { kiosk: KioskPrincipal; scan: DoorScan }) {
  const { db, clock } = deps;
  if (!kiosk.doorId) throw new DomainError("forbidden", "NOT_A_DOOR_KIOSK", "This kiosk does not open a door");
  const [station, door] = await Promise.all([
    loadStation({ db }, { communityId: kiosk.communityId }),
    loadDoor({ db }, { communityId: kiosk.communityId, doorId: kiosk.doorId }),
  ]);
  const direction = directionOf(kiosk, scan.direction);
  const base = { communityId: kiosk.communityId, doorId: door.id, kioskId: kiosk.id, direction };
  const [recent] = await db
    .select({ n: count() })
    .from(doorEvents)
    .where(and(eq(doorEvents.kioskId, kiosk.id), gte(doorEvents.at, new Date(clock.now().getTime() - 60_000))));
  if ((recent?.n ?? 0) >= DOOR_ATTEMPTS_PER_MINUTE)
    throw new DomainError("rate_limited", "RATE_LIMITED", "Too many attempts at this door; please wait a moment", 60);

  const refuse = async (
    reason: keyof typeof refusalMessages,
    facts: { method?: "qr" | "rotating_qr" | "face"; courierId?: string; distance?: number } = {},
  ) => {
    await logDoorEvent(deps, {
      ...base,
      method: facts.method ?? (scan.descriptor ? "face" : "qr"),
      courierId: facts.courierId ?? null,
      distance: facts.distance ?? null,
      outcome: "refused",
      reason,
    });
    const kind = reason === "NOT_RECOGNISED" ? "unauthenticated" : "forbidden";
    return new DomainError(kind, reason, refusalMessages[reason]);
  };

  if (scan.descriptor && !faceAllowed({ passOnly: kiosk.passOnly ?? false }, door))
    throw await refuse("FACE_NOT_ALLOWED");
  const request = scan.descriptor
    ? ({ method: "face", descriptor: scan.descriptor } as const)
    : ({ method: "qr", code: scan.code ?? "" } as const);
  const resolved = await resolveIdentity(deps, { kiosk, request });
  const how = { method: resolved.method === "staff" ? undefined : resolved.method, distance: resolved.distance };
  if ("refusal" in resolved) throw await refuse("NOT_RECOGNISED", how);
  if (resolved.holder.kind !== "courier") throw await refuse("NOT_A_COURIER", how);
  const [courier] = await db
    .select()
    .from(couriers)
    .where(and(eq(couriers.communityId, kiosk.communityId), eq(couriers.id, resolved.holder.id)));
  if (!courier) throw await refuse("NOT_RECOGNISED", how);
  const who = { ...how, courierId: courier.id };
  if (direction === "in") {
    const status = courierStatus(courier, clock.now(), station.settings.pendingExpiryDays);
    const refusal = doorRefusal(
      { status, gender: courier.gender },
      door,
      { passOnly: kiosk.passOnly ?? false },
      scan.descriptor ? "face" : "pass",
    );
    if (refusal) throw await refuse(refusal, who);
  }

  const zone = door.areaId ?? "station";
  const method = resolved.method;
  const logged = method === "staff" ? ("staff_remote" as const) : method;
  const visit =
    direction === "in"
      ? await enter(deps, station.facility.id, door, zone, courier.id, method)
      : await leave(deps, station.facility.id, zone, courier.id, method);
  if (visit.step === "full") {
    await logDoorEvent(deps, { ...base, ...who, method: logged, outcome: "full", reason: "FULL" });
    const [occupancy, waiting] = await Promise.all([
      zoneOccupancy({ db }, { facilityId: station.facility.id, zone }),
      waitingCount(deps, { facilityId: station.facility.id, zone }),
    ]);
    return { state: "full" as const, direction, name: courier.name, ...occupancy, waiting, commandId: null };
  }
  const relay = await sendDoorCommand(deps, { door });
  if (!relay.opened && visit.step === "enter" && visit.id) {
    // The rider is still outside: the place goes back, marked so staff can see why.
    await db
      .update(stationVisits)
      .set({ exitedAt: clock.now(), closedBy: "door_failed" })
      .where(and(eq(stationVisits.id, visit.id), isNull(stationVisits.exitedAt)));
  }
  await logDoorEvent(deps, {
    ...base,
    ...who,
    method: logged,
    outcome: relay.opened ? "opened" : "relay_failed",
    reason: relay.opened ? visit.step : `relay ${relay.status ?? "no answer"}`,
    commandId: relay.commandId,
  });
  const occupancy = await zoneOccupancy({ db }, { facilityId: station.facility.id, zone });
  return {
    state: relay.opened ? ("opened" as const) : ("door_failed" as const),
    direction,
    name: courier.name,
    ...occupancy,
    waiting: 0,
    commandId: relay.commandId,
  };
}

type Method = "qr" | "rotating_qr" | "face" | "staff";

/**
 * Take a place in one statement: the count of open visits is checked against capacity inside the
 * INSERT, so twenty riders racing for the last place leave exactly one inside. The unique index on
 * open visits makes a second entry scan find the first visit instead of taking a second place.
 */
async function enter(
  deps: Deps,
  facilityId: string,
  door: StationDoor,
  zone: string,
  courierId: string,
  method: Method,
) {
  const { db, clock } = deps;
  const id = crypto.randomUUID();
  const now = clock.now().getTime();
  await db.run(sql`
    INSERT INTO station_visits (id, community_id, facility_id, zone, courier_id, door_id, entered_at, entry_method)
    SELECT ${id}, ${door.communityId}, ${facilityId}, ${zone}, ${courierId}, ${door.id}, ${now}, ${method}
    WHERE (SELECT count(*) FROM station_visits WHERE facility_id = ${facilityId} AND zone = ${zone} AND exited_at IS NULL)
      < ${capacityOf(facilityId, zone)}
    ON CONFLICT DO NOTHING`);
  const [open] = await db
    .select({ id: stationVisits.id })
    .from(stationVisits)
    .where(and(eq(stationVisits.courierId, courierId), eq(stationVisits.zone, zone), isNull(stationVisits.exitedAt)));
  if (!open) return { step: "full" as const, id: null };
  return { step: open.id === id ? ("enter" as const) : visitStep("in", true), id: open.id };
}

async function leave(deps: Deps, facilityId: string, zone: string, courierId: string, method: Method) {
  const [closed] = await deps.db
    .update(stationVisits)
    .set({ exitedAt: deps.clock.now(), exitMethod: method, closedBy: "exit" })
    .where(
      and(
        eq(stationVisits.facilityId, facilityId),
        eq(stationVisits.courierId, courierId),
        eq(stationVisits.zone, zone),
        isNull(stationVisits.exitedAt),
      ),
    )
    .returning({ id: stationVisits.id });
  return { step: visitStep("out", closed !== undefined), id: closed?.id ?? null };
}
