import { joinWaitlist } from "../booking/waitlist";
import type { Deps, KioskPrincipal } from "../shared/context";
import { DomainError } from "../shared/errors";
import { showerRange } from "./rules";
import { type Courier, loadShowers } from "./showers";
import { nextFreeStart } from "./rules";

/**
 * Queue for the next shower when none is free for a whole slot now: the engine's waitlist, for
 * the slot from now. When a booking in it is cancelled or released as a no-show, the duties hold
 * the freed shower for the first in line, who accepts or declines at the kiosk.
 */
export async function joinShowerQueue(
  deps: Deps,
  { kiosk, holder, ...input }: { kiosk: KioskPrincipal; holder: Courier } & { idempotencyKey: string },
) {
  const now = deps.clock.now();
  const s = await loadShowers(deps, { communityId: kiosk.communityId });
  if (kiosk.facilityId !== s.station.facility.id)
    throw new DomainError("forbidden", "AT_THE_STATION_ONLY", "Queue for a shower at the station's kiosk");
  const startMinute = new Date(Math.ceil(now.getTime() / 60_000) * 60_000);
  const freeNow = s.showers.some(
    (sh) =>
      sh.inService &&
      nextFreeStart(
        now,
        s.busy.filter((b) => b.resourceId === sh.id),
        s.lengthMs,
      ).getTime() <= startMinute.getTime(),
  );
  if (freeNow) throw new DomainError("conflict", "SHOWER_FREE", "A shower is free now: book it");
  if (s.busy.some((b) => b.holderId === holder.id))
    throw new DomainError("conflict", "HOLDER_BUSY", "You already have a shower booked");
  const range = showerRange(startMinute, s.slot, s.cleaning);
  return joinWaitlist(deps, {
    communityId: kiosk.communityId,
    facilityId: s.station.facility.id,
    holder,
    startsAt: range.startsAt,
    endsAt: range.endsAt,
    idempotencyKey: input.idempotencyKey,
  });
}
