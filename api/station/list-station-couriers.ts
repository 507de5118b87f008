import { asc, eq } from "drizzle-orm";
import { couriers, type StaffRole } from "../../db/schema";
import { may } from "../staff/permissions";
import { maskPhone } from "../identity/rules";
import type { Deps } from "../shared/context";
import { isoOrNull } from "../shared/time";
import { loadStation } from "./load-station";
import { courierStatus, type CourierStatus } from "./rules";

/** Only the station's keeper, who phones riders, sees their numbers in full (the table's station welfare). */
const seesPhones = (role: StaffRole) => may(role, { facility: "station", action: "welfare" });

/** Couriers with their registration status; `status` narrows the list (the registrations to verify). */
export async function listStationCouriers(
  deps: Pick<Deps, "db" | "clock">,
  { communityId, viewer, status }: { communityId: string; viewer: StaffRole; status?: CourierStatus },
) {
  const station = await loadStation(deps, { communityId });
  const rows = await deps.db
    .select()
    .from(couriers)
    .where(eq(couriers.communityId, communityId))
    .orderBy(asc(couriers.createdAt));
  const now = deps.clock.now();
  return rows
    .map((c) => ({
      id: c.id,
      name: c.name,
      phone: seesPhones(viewer) ? c.phone : maskPhone(c.phone),
      platform: c.platform,
      gender: c.gender,
      status: courierStatus(c, now, station.settings.pendingExpiryDays),
      registeredAt: c.createdAt.toISOString(),
      verifiedAt: isoOrNull(c.verifiedAt),
      suspendedAt: isoOrNull(c.suspendedAt),
    }))
    .filter((c) => !status || c.status === status);
}
