import { book, type BookInput } from "../booking/book";
import { allowanceFor } from "../booking/policy";
import type { TimeRange } from "../booking/rules";
import type { Deps } from "../shared/context";
import { DomainError } from "../shared/errors";
import { loadStudyRoom, type StudyRoom } from "./load-study-room";
import { rangeRefusal, type RangeRefusal } from "./rules";

const refusalMessages: Record<RangeRefusal, string> = {
  EMPTY_RANGE: "A booking must end after it starts",
  NOT_ON_STEP: "Bookings start and end on the room's time steps",
  IN_PAST: "This time has passed",
  TOO_FAR_AHEAD: "This day is not open for booking yet",
  TOO_LONG: "That is longer than one person may book in a day",
  CLOSED: "The study room is not open for the whole of this time",
  CLOSURE: "The study room is closed at this time",
};

export function refuseRange(range: TimeRange, room: StudyRoom) {
  const refusal = rangeRefusal(range, room.rules);
  if (refusal) throw new DomainError("unprocessable", refusal, refusalMessages[refusal]);
}

type Resident = { kind: "resident"; id: string };

/** The engine input for one person on one seat under the room's policy: one seat at a time, with the day's allowance. */
export const seatBooking = (
  room: StudyRoom,
  seatId: string,
  holder: Resident,
  range: TimeRange,
  idempotencyKey: string,
): BookInput => ({
  communityId: room.facility.communityId,
  resourceId: seatId,
  holder,
  ...range,
  holderLimit: "facility",
  timeZone: room.timeZone,
  allowance: allowanceFor(room.policy, range.startsAt, room.timeZone),
  idempotencyKey,
});

/** Book a seat for a time range; a retry with the same key returns the first booking. */
export async function bookSeat(
  deps: Deps,
  {
    communityId,
    seatId,
    holder,
    range,
    idempotencyKey,
  }: { communityId: string; seatId: string; holder: Resident; range: TimeRange; idempotencyKey: string },
) {
  const room = await loadStudyRoom(deps, { communityId });
  if (!room.seats.some((s) => s.id === seatId)) throw new DomainError("not_found", "NOT_FOUND", "Seat not found");
  refuseRange(range, room);
  return book(deps, seatBooking(room, seatId, holder, range, idempotencyKey));
}
