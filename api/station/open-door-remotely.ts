import type { Deps, StaffPrincipal } from "../shared/context";
import { auditInsert } from "../staff/audit";
import { logDoorEvent } from "./door-log";
import { sendDoorCommand } from "./door-relay";
import { loadDoor } from "./load-station";

/**
 * Staff open a door from the admin page: for a rider at the kiosk who cannot get in, an override
 * at the women's door, or a test of the relay. Audited with its reason before the command goes.
 */
export async function openDoorRemotely(
  deps: Deps,
  {
    actor,
    communityId,
    doorId,
    ...input
  }: { actor: StaffPrincipal; communityId: string; doorId: string } & {
    reason: string;
    courierId?: string;
    test?: boolean;
  },
) {
  const door = await loadDoor(deps, { communityId, doorId });
  await auditInsert(deps, {
    actor,
    communityId,
    action: input.test ? "station.door.test_open" : "station.door.remote_open",
    entity: "station_door",
    entityId: door.id,
    after: { reason: input.reason, courierId: input.courierId ?? null },
  });
  const relay = await sendDoorCommand(deps, { door });
  await logDoorEvent(deps, {
    communityId,
    doorId: door.id,
    staffId: actor.id,
    courierId: input.courierId ?? null,
    method: "staff_remote",
    outcome: relay.opened ? "opened" : "relay_failed",
    reason: input.reason,
    commandId: relay.commandId,
  });
  return { opened: relay.opened, commandId: relay.commandId, relayStatus: relay.status, answer: relay.answer };
}
