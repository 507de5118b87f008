import { and, eq } from "drizzle-orm";
import { couriers } from "../../db/schema";
import { resolveIdentity } from "../identity/identify";
import { claimAttempt } from "../shared/attempt-limiter";
import type { Deps, KioskPrincipal } from "../shared/context";
import { DomainError } from "../shared/errors";
import { logDoorEvent, waitingCount, zoneOccupancy } from "./door-log";
import { sendDoorCommand } from "./door-relay";
import { loadDoor, loadStation } from "./load-station";
import {
  courierStatus,
  doorLockout,
  doorRefusal,
  faceAllowed,
  type DoorRefusal,
  DOOR_ATTEMPT_WINDOW_MS,
} from "./rules";
import { enterZone, givePlaceBack, leaveZone } from "./visits";

export type DoorScan = { direction?: "in" | "out"; code?: string; descriptor?: number[] };

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
  // Claim first: the try is counted before the pass or face is checked, so a burst cannot all
  // slip under the door's per-minute limit however the requests interleave.
  const attempt = await claimAttempt(deps, `door:${kiosk.id}`, {
    windowMs: DOOR_ATTEMPT_WINDOW_MS,
    lockout: doorLockout,
  });
  if (attempt.locked)
    throw new DomainError(
      "rate_limited",
      "RATE_LIMITED",
      "Too many attempts at this door; please wait a moment",
      attempt.locked.retryAfterSeconds,
    );
  const [station, door] = await Promise.all([
    loadStation({ db }, { communityId: kiosk.communityId }),
    loadDoor({ db }, { communityId: kiosk.communityId, doorId: kiosk.doorId }),
  ]);
  const direction = directionOf(kiosk, scan.direction);
  const base = { communityId: kiosk.communityId, doorId: door.id, kioskId: kiosk.id, direction };

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
  const here = { facilityId: station.facility.id, zone, timeZone: station.timeZone };
  const place = { ...here, courierId: courier.id, method };
  const visit = direction === "in" ? await enterZone(deps, { ...place, door }) : await leaveZone(deps, place);
  if (visit.step === "full") {
    await logDoorEvent(deps, { ...base, ...who, method: logged, outcome: "full", reason: "FULL" });
    const [occupancy, waiting] = await Promise.all([
      zoneOccupancy(deps, here),
      waitingCount(deps, { facilityId: station.facility.id, zone }),
    ]);
    return { state: "full" as const, direction, name: courier.name, ...occupancy, waiting, commandId: null };
  }
  const relay = await sendDoorCommand(deps, { door });
  if (!relay.opened && visit.step === "enter" && visit.id) await givePlaceBack(deps, { visitId: visit.id });
  await logDoorEvent(deps, {
    ...base,
    ...who,
    method: logged,
    outcome: relay.opened ? "opened" : "relay_failed",
    reason: relay.opened ? visit.step : `relay ${relay.status ?? "no answer"}`,
    commandId: relay.commandId,
  });
  const occupancy = await zoneOccupancy(deps, here);
  return {
    state: relay.opened ? ("opened" as const) : ("door_failed" as const),
    direction,
    name: courier.name,
    ...occupancy,
    waiting: 0,
    commandId: relay.commandId,
  };
}
