import { and, eq } from "drizzle-orm";
import { stationDoors } from "../../db/schema";
import type { Deps, StaffPrincipal } from "../shared/context";
import { auditInsert } from "../staff/audit";
import { sealDoorSecret } from "./door-relay";
import { listDoors, loadDoor, loadStation, type StationDoor } from "./load-station";

/** A door as staff see it: the secret is never shown back, only whether one is set. */
export const doorView = (d: StationDoor) => ({
  id: d.id,
  name: d.name,
  areaId: d.areaId,
  womenOnly: d.womenOnly,
  webhookUrl: d.webhookUrl,
  hasSecret: d.secretCiphertext !== null,
});

export async function listStationDoors({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
  const station = await loadStation({ db }, { communityId });
  return (await listDoors({ db }, { facilityId: station.facility.id })).map(doorView);
}

/** The relay's webhook URL and the secret it shares with the board; the audit names neither secret nor its hash. */
export async function setDoorRelay(
  deps: Deps,
  {
    actor,
    communityId,
    doorId,
    ...input
  }: { actor: StaffPrincipal; communityId: string; doorId: string } & { webhookUrl: string | null; secret?: string },
) {
  const { db, clock, config } = deps;
  const door = await loadDoor({ db }, { communityId, doorId });
  const set = {
    webhookUrl: input.webhookUrl,
    ...(input.secret ? { secretCiphertext: await sealDoorSecret(config, input.secret) } : {}),
    updatedAt: clock.now(),
  };
  const [[updated]] = await db.batch([
    db
      .update(stationDoors)
      .set(set)
      .where(and(eq(stationDoors.communityId, communityId), eq(stationDoors.id, door.id)))
      .returning(),
    auditInsert(deps, {
      actor,
      communityId,
      action: "station.door.relay",
      entity: "station_door",
      entityId: door.id,
      before: { webhookUrl: door.webhookUrl },
      after: { webhookUrl: input.webhookUrl, secretChanged: Boolean(input.secret) },
    }),
  ]);
  return doorView(updated!);
}
