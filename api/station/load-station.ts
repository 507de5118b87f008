import type { Deps } from "../shared/context";
import { and, asc, eq } from "drizzle-orm";
import { communities, facilities, resources, stationDoors, stationSettings } from "../../db/schema";
import { notFound } from "../shared/errors";

export type StationSettings = Omit<typeof stationSettings.$inferSelect, "updatedAt">;
export type StationDoor = typeof stationDoors.$inferSelect;

/** The community's station with its settings (defaults until its keeper sets them) and zone. */
export async function loadStation({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
  const [row] = await db
    .select({ facility: facilities, timeZone: communities.timeZone, settings: stationSettings })
    .from(facilities)
    .innerJoin(communities, eq(communities.id, facilities.communityId))
    .leftJoin(stationSettings, eq(stationSettings.facilityId, facilities.id))
    .where(and(eq(facilities.communityId, communityId), eq(facilities.kind, "station")));
  if (!row) throw notFound("Station");
  const settings: StationSettings = row.settings ?? {
    facilityId: row.facility.id,
    communityId,
    pendingExpiryDays: 14,
    nightlyCloseAt: "04:00",
    showerSlotMinutes: 20,
    showerCleaningMinutes: 10,
  };
  return { facility: row.facility, timeZone: row.timeZone, settings };
}

export async function loadDoor(
  { db }: Pick<Deps, "db">,
  { communityId, doorId }: { communityId: string; doorId: string },
) {
  const [door] = await db
    .select()
    .from(stationDoors)
    .where(and(eq(stationDoors.communityId, communityId), eq(stationDoors.id, doorId)));
  if (!door) throw notFound("Door");
  return door;
}

export async function listDoors({ db }: Pick<Deps, "db">, { facilityId }: { facilityId: string }) {
  return db.select().from(stationDoors).where(eq(stationDoors.facilityId, facilityId)).orderBy(asc(stationDoors.name));
}

/** The station's rest areas and showers, in label order. */
export async function stationResources(
  { db }: Pick<Deps, "db">,
  { facilityId, kind }: { facilityId: string; kind: "area" | "shower" },
) {
  return db
    .select()
    .from(resources)
    .where(and(eq(resources.facilityId, facilityId), eq(resources.kind, kind)))
    .orderBy(asc(resources.label));
}
