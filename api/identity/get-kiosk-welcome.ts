import { findCommunity } from "../community/find-community";
import { listFacilities } from "../community/list-facilities";
import type { Deps, KioskPrincipal } from "../shared/context";
import { notFound } from "../shared/errors";

/** What the welcome screen shows: where this kiosk stands and what the community offers. */
export async function getKioskWelcome({ db }: Deps, kiosk: KioskPrincipal) {
  const community = await findCommunity(db, kiosk.communityId);
  if (!community) throw notFound("Community");
  const facilities = await listFacilities(db, kiosk.communityId);
  return {
    kiosk: { id: kiosk.id, name: kiosk.name, facilityId: kiosk.facilityId },
    community: { id: community.id, name: community.name, timeZone: community.timeZone },
    facilities,
  };
}
