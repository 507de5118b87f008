import { and, asc, eq } from "drizzle-orm";
import { type amenityKinds, stationAmenities } from "../../db/schema";
import type { Deps, StaffPrincipal } from "../shared/context";
import { auditInsert } from "../staff/audit";
import { loadStation } from "./load-station";
import { newId } from "../shared/crypto";

export type Amenity = { kind: (typeof amenityKinds)[number]; label: string; note: string };

export async function listAmenities(
  { db }: Pick<Deps, "db">,
  { communityId }: { communityId: string },
): Promise<Amenity[]> {
  const station = await loadStation({ db }, { communityId });
  return db
    .select({ kind: stationAmenities.kind, label: stationAmenities.label, note: stationAmenities.note })
    .from(stationAmenities)
    .where(and(eq(stationAmenities.communityId, communityId), eq(stationAmenities.facilityId, station.facility.id)))
    .orderBy(asc(stationAmenities.position));
}

/** Staff set the whole list at once (fridge, microwave, charging …), in the order the kiosk shows it. */
export async function setAmenities(
  deps: Deps,
  { actor, communityId, list }: { actor: StaffPrincipal; communityId: string; list: Amenity[] },
) {
  const { db } = deps;
  const station = await loadStation({ db }, { communityId });
  const before = await listAmenities({ db }, { communityId });
  const rows = list.map((a, position) => ({
    id: newId(),
    communityId,
    facilityId: station.facility.id,
    ...a,
    position,
  }));
  await db.batch([
    db.delete(stationAmenities).where(eq(stationAmenities.facilityId, station.facility.id)),
    ...(rows.length ? [db.insert(stationAmenities).values(rows)] : []),
    auditInsert(deps, {
      actor,
      communityId,
      action: "station.amenities",
      entity: "station",
      entityId: station.facility.id,
      before,
      after: list,
    }),
  ]);
  return list;
}
