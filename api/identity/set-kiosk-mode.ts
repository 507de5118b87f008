import { eq } from "drizzle-orm";
import { kiosks, stationDoors } from "../../db/schema";
import type { Deps, StaffPrincipal } from "../shared/context";
import { findInCommunity } from "../shared/find-in-community";
import { DomainError } from "../shared/errors";
import { auditInsert } from "../staff/audit";

export type KioskMode = {
  /** Passes only: where no camera may be used. Any facility's kiosk can be set so. */
  passOnly: boolean;
  /** A station door this kiosk opens, and which way; null for an ordinary kiosk. */
  door: { doorId: string; direction: "entry" | "exit" | "both" } | null;
};

/** A kiosk's mode, audited. A kiosk at a women-only door is always pass-only, whatever is asked. */
export async function setKioskMode(
  deps: Deps,
  {
    actor,
    communityId,
    kioskId,
    mode,
  }: { actor: StaffPrincipal; communityId: string; kioskId: string; mode: KioskMode },
) {
  const { db } = deps;
  const kiosk = await findInCommunity(deps, kiosks, { id: kioskId, communityId }, "Kiosk");
  let passOnly = mode.passOnly;
  if (mode.door) {
    const door = await findInCommunity(deps, stationDoors, { id: mode.door.doorId, communityId }, "Door");
    if (door.facilityId !== kiosk.facilityId)
      throw new DomainError("conflict", "DOOR_ELSEWHERE", "This door belongs to another facility than the kiosk");
    passOnly ||= door.womenOnly;
  }
  const set = { passOnly, doorId: mode.door?.doorId ?? null, doorDirection: mode.door?.direction ?? null };
  await db.batch([
    db.update(kiosks).set(set).where(eq(kiosks.id, kioskId)),
    auditInsert(deps, {
      actor,
      communityId,
      action: "kiosk.mode",
      entity: "kiosk",
      entityId: kioskId,
      before: { passOnly: kiosk.passOnly, doorId: kiosk.doorId, doorDirection: kiosk.doorDirection },
      after: set,
    }),
  ]);
  return { id: kioskId, ...set };
}
