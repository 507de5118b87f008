import { couriers } from "../../db/schema";
import type { NewCourier } from "../people/add-person";
import type { Deps, KioskPrincipal } from "../shared/context";
import { DomainError } from "../shared/errors";
import { loadStation } from "./load-station";
import { newId } from "../shared/crypto";

/**
 * A rider registers at the station's kiosk: pending until the keeper verifies them with the rider
 * present (ID seen, not stored). Nothing opens for a pending registration. Staff register riders
 * through the people area (POST /couriers), which also starts pending.
 */
export async function registerCourierAtKiosk(deps: Deps, { kiosk, ...input }: { kiosk: KioskPrincipal } & NewCourier) {
  const station = await loadStation(deps, { communityId: kiosk.communityId });
  if (kiosk.facilityId !== station.facility.id)
    throw new DomainError("forbidden", "AT_THE_STATION_ONLY", "Register at the station's own kiosk");
  const row = { id: newId(), communityId: kiosk.communityId, ...input, createdAt: deps.clock.now() };
  await deps.db.insert(couriers).values(row);
  return { id: row.id, name: row.name, status: "pending" as const };
}
