import { and, eq } from "drizzle-orm";
import { stationDoors } from "../../db/schema";
import { findCommunity } from "../community/find-community";
import { listFacilities } from "../community/list-facilities";
import type { Deps, KioskPrincipal } from "../shared/context";
import { notFound } from "../shared/errors";
import { DEFAULT_SCANNER_MAX_GAP_MS, kioskIdleTimings } from "./rules";

/** What the welcome screen shows: where this kiosk stands and what the community offers. */
export async function getKioskWelcome({ db, config }: Deps, { kiosk }: { kiosk: KioskPrincipal }) {
  const community = await findCommunity({ db }, { id: kiosk.communityId });
  if (!community) throw notFound("Community");
  const facilities = await listFacilities({ db }, { communityId: kiosk.communityId });
  const [door] = kiosk.doorId
    ? await db
        .select({ id: stationDoors.id, name: stationDoors.name, womenOnly: stationDoors.womenOnly })
        .from(stationDoors)
        .where(and(eq(stationDoors.communityId, kiosk.communityId), eq(stationDoors.id, kiosk.doorId)))
    : [];
  return {
    kiosk: {
      id: kiosk.id,
      name: kiosk.name,
      facilityId: kiosk.facilityId,
      passOnly: kiosk.passOnly ?? false,
      door: door ? { ...door, direction: kiosk.doorDirection ?? ("entry" as const) } : null,
    },
    community: { id: community.id, name: community.name, timeZone: community.timeZone },
    facilities,
    idle: kioskIdleTimings(),
    scanner: { maxGapMs: config.scannerMaxGapMs ?? DEFAULT_SCANNER_MAX_GAP_MS },
  };
}
