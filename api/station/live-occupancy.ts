import { and, asc, eq, isNull } from "drizzle-orm";
import { couriers, stationVisits } from "../../db/schema";
import type { Deps } from "../shared/context";
import { waitingCount, zoneOccupancy } from "./door-log";
import { loadStation, stationResources } from "./load-station";

/** The station and each rest area: how many inside, the capacity, how many waiting, and who is inside now. */
export async function liveOccupancy(deps: Pick<Deps, "db" | "clock">, { communityId }: { communityId: string }) {
  const { db } = deps;
  const station = await loadStation({ db }, { communityId });
  const areas = await stationResources({ db }, { facilityId: station.facility.id, kind: "area" });
  const zones = [
    { zone: "station", label: station.facility.name, womenOnly: false },
    ...areas.map((a) => ({ zone: a.id, label: a.label, womenOnly: a.attributes.womenOnly === true })),
  ];
  const inside = await db
    .select({
      zone: stationVisits.zone,
      courierId: couriers.id,
      name: couriers.name,
      platform: couriers.platform,
      enteredAt: stationVisits.enteredAt,
    })
    .from(stationVisits)
    .innerJoin(couriers, eq(couriers.id, stationVisits.courierId))
    .where(and(eq(stationVisits.facilityId, station.facility.id), isNull(stationVisits.exitedAt)))
    .orderBy(asc(stationVisits.enteredAt));
  return {
    zones: await Promise.all(
      zones.map(async (z) => ({
        ...z,
        ...(await zoneOccupancy(deps, { facilityId: station.facility.id, zone: z.zone, timeZone: station.timeZone })),
        waiting: await waitingCount(deps, { facilityId: station.facility.id, zone: z.zone }),
        people: inside
          .filter((p) => p.zone === z.zone)
          .map(({ zone: _, enteredAt, ...p }) => ({ ...p, enteredAt: enteredAt.toISOString() })),
      })),
    ),
  };
}
