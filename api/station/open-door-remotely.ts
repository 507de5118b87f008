import { and, eq } from "drizzle-orm";
import { couriers } from "../../db/schema";
import type { Deps, StaffPrincipal } from "../shared/context";
import { notFound } from "../shared/errors";
import { auditInsert } from "../staff/audit";
import { logDoorEvent, zoneOccupancy } from "./door-log";
import { sendDoorCommand } from "./door-relay";
import { loadDoor, loadStation } from "./load-station";
import { enterZone, givePlaceBack, leaveZone } from "./visits";

export type RemoteOpen = { reason: string; courierId?: string; direction?: "in" | "out"; test?: boolean };

/**
 * Staff open a door from the admin page: for a named rider who cannot get in (or out), an
 * override at the women's door, or a test of the relay. Audited with its reason before anything
 * moves. An open for a rider is a visit like any other: an entry takes its place through the same
 * one-statement claim as a pass at the door (so a full station stays full), an exit ends it.
 */
export async function openDoorRemotely(
  deps: Deps,
  { actor, communityId, doorId, ...input }: { actor: StaffPrincipal; communityId: string; doorId: string } & RemoteOpen,
) {
  const door = await loadDoor(deps, { communityId, doorId });
  const rider = input.test || !input.courierId ? null : await loadCourier(deps, communityId, input.courierId);
  const direction = rider ? (input.direction ?? "in") : null;
  await auditInsert(deps, {
    actor,
    communityId,
    action: input.test ? "station.door.test_open" : "station.door.remote_open",
    entity: "station_door",
    entityId: door.id,
    after: { reason: input.reason, courierId: rider?.id ?? null, direction },
  });
  const event = {
    communityId,
    doorId: door.id,
    staffId: actor.id,
    courierId: rider?.id ?? null,
    direction,
    method: "staff_remote" as const,
    reason: input.reason,
  };
  const station = await loadStation(deps, { communityId });
  const zone = door.areaId ?? "station";
  const here = { facilityId: station.facility.id, zone, timeZone: station.timeZone };
  const place = rider && { ...here, courierId: rider.id, method: "staff" as const };
  const visit = !place
    ? null
    : direction === "in"
      ? await enterZone(deps, { ...place, door })
      : await leaveZone(deps, place);
  if (visit?.step === "full") {
    await logDoorEvent(deps, { ...event, outcome: "full" });
    const occupancy = await zoneOccupancy(deps, here);
    return { state: "full" as const, opened: false, commandId: null, relayStatus: null, answer: "", ...occupancy };
  }
  const relay = await sendDoorCommand(deps, { door });
  if (!relay.opened && visit?.step === "enter" && visit.id) await givePlaceBack(deps, { visitId: visit.id });
  await logDoorEvent(deps, {
    ...event,
    outcome: relay.opened ? "opened" : "relay_failed",
    commandId: relay.commandId,
  });
  const occupancy = await zoneOccupancy(deps, here);
  return {
    state: relay.opened ? ("opened" as const) : ("door_failed" as const),
    opened: relay.opened,
    commandId: relay.commandId,
    relayStatus: relay.status,
    answer: relay.answer,
    ...occupancy,
  };
}

async function loadCourier({ db }: Pick<Deps, "db">, communityId: string, courierId: string) {
  const [row] = await db
    .select({ id: couriers.id })
    .from(couriers)
    .where(and(eq(couriers.communityId, communityId), eq(couriers.id, courierId)));
  if (!row) throw notFound("Courier");
  return row;
}
