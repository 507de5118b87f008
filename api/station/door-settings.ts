import { and, eq } from "drizzle-orm";
import { stationDoors } from "../../db/schema";
import type { Deps, StaffPrincipal } from "../shared/context";
import { auditInsert } from "../staff/audit";
import { sealDoorSecret } from "./door-relay";
import { notFound } from "../shared/errors";
import { listDoors, loadDoor, loadStation, stationResources, type StationDoor } from "./load-station";
import { newId } from "../shared/crypto";

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

export type NewDoor = { name: string; areaId: string | null; webhookUrl: string | null; secret?: string };

/**
 * A new door: the station's own (areaId null) or a rest area's, which guards that area's capacity
 * and is women-only when the area is. Its relay can be set now or later; the secret is sealed and
 * never shown back.
 */
export async function createDoor(
  deps: Deps,
  { actor, communityId, ...input }: { actor: StaffPrincipal; communityId: string } & NewDoor,
) {
  const { db, clock, config } = deps;
  const station = await loadStation({ db }, { communityId });
  const area = input.areaId
    ? (await stationResources({ db }, { facilityId: station.facility.id, kind: "area" })).find(
        (a) => a.id === input.areaId,
      )
    : null;
  if (input.areaId && !area) throw notFound("Rest area");
  const now = clock.now();
  const row = {
    id: newId(),
    communityId,
    facilityId: station.facility.id,
    name: input.name,
    areaId: area?.id ?? null,
    womenOnly: area?.attributes.womenOnly === true,
    webhookUrl: input.webhookUrl,
    secretCiphertext: input.secret ? await sealDoorSecret(config, input.secret) : null,
    createdAt: now,
    updatedAt: now,
  };
  await db.batch([
    db.insert(stationDoors).values(row),
    auditInsert(deps, {
      actor,
      communityId,
      action: "station.door.create",
      entity: "station_door",
      entityId: row.id,
      after: { name: row.name, areaId: row.areaId, womenOnly: row.womenOnly, webhookUrl: row.webhookUrl },
    }),
  ]);
  return doorView(row);
}
