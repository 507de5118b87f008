import { bookings, type WaitlistStatus } from "../../db/schema";
import { activeBan, bannedError } from "../booking/bans";
import type { TimeRange } from "../booking/rules";
import { holdingDuring } from "../booking/holding";
import { joinWaitlist } from "../booking/waitlist";
import type { Deps } from "../shared/context";
import { DomainError } from "../shared/errors";
import { refuseRange } from "./book-seat";
import { loadStudyRoom } from "./load-study-room";
import type { Resident } from "./my-seat-booking";

/** Wait for a time range in which every seat is taken; with a seat free, the person books it instead. */
export async function joinSeatWaitlist(
  deps: Deps,
  {
    communityId,
    holder,
    range,
    idempotencyKey,
  }: { communityId: string; holder: Resident; range: TimeRange; idempotencyKey: string },
) {
  const { db, clock } = deps;
  const room = await loadStudyRoom({ db, clock }, { communityId });
  refuseRange(range, room);
  const ban = await activeBan(deps, { facilityId: room.facility.id, holder });
  if (ban) throw bannedError(ban);
  const busy = await db
    .select({ resourceId: bookings.resourceId, holderId: bookings.holderId })
    .from(bookings)
    .where(holdingDuring(room.facility.id, range));
  // Someone with a seat at that time could never be offered one: the engine holds one seat a person.
  if (busy.some((b) => b.holderId === holder.id))
    throw new DomainError("conflict", "HOLDER_BUSY", "You already have a booking at this time");
  // Someone may still sit on a seat taken out of service: only in-service seats count either way.
  const inService = new Set(room.seats.filter((s) => s.inService).map((s) => s.id));
  const taken = new Set(busy.map((b) => b.resourceId).filter((id) => inService.has(id)));
  if (inService.size > taken.size)
    throw new DomainError("conflict", "SEATS_FREE", "A seat is free at this time: book it");
  return joinWaitlist(deps, {
    communityId,
    facilityId: room.facility.id,
    holder: holder,
    startsAt: range.startsAt,
    endsAt: range.endsAt,
    idempotencyKey: idempotencyKey,
  });
}

/** A place in line for a time range, as the kiosk shows it. */
export const seatWaitlistView = (e: { id: string; status: WaitlistStatus; startsAt: Date; endsAt: Date }) => ({
  id: e.id,
  status: e.status,
  startsAt: e.startsAt.toISOString(),
  endsAt: e.endsAt.toISOString(),
});
