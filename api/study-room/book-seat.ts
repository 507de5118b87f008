import { sql } from "drizzle-orm";
import { bookingStatement, type BookInput } from "../booking/book";
import { explainRefusal } from "../booking/explain-refusal";
import { allowanceFor } from "../booking/policy";
import type { TimeRange } from "../booking/rules";
import type { Deps } from "../shared/context";
import { configVersion, forgetConfig, isStale, versionGuard } from "../shared/config-cache";
import { DomainError } from "../shared/errors";
import { actClaimed, claimKey, holdsKey, type NewClaim } from "../shared/idempotency";
import { seatBookingView, type Resident } from "./my-seat-booking";
import { loadStudyRoom, type StudyRoom } from "./load-study-room";
import { rangeRefusal, type RangeRefusal } from "./rules";
import { newId } from "../shared/crypto";

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

/**
 * The booking under the claim `key` and what a replay answers, for actClaimed's batch: the same
 * answer whether it is this request's or a retry's. It lands only while the room's rules are
 * still those it was checked against (the config version read with them).
 */
export function seatAct(
  deps: Pick<Deps, "db" | "clock">,
  room: StudyRoom,
  { seatId, holder, range }: { seatId: string; holder: Resident; range: TimeRange },
  key: string,
) {
  const id = newId();
  const booking = {
    ...seatBooking(room, seatId, holder, range, key),
    guard: sql`${versionGuard(room.facility.communityId, room.configVersion)} AND ${holdsKey(key)}`,
  };
  const answer = seatBookingView({
    id,
    resourceId: seatId,
    status: "confirmed",
    startsAt: range.startsAt,
    endsAt: range.endsAt,
    checkedInAt: null,
    awaySince: null,
    closedAt: null,
    holdExpiresAt: null,
  });
  const act = {
    claimId: key,
    statements: [bookingStatement(deps, booking, id)],
    acted: sql`EXISTS (SELECT 1 FROM bookings WHERE id = ${id})`,
    answer: sql`${JSON.stringify(answer)}`,
  };
  return { booking, act };
}

/**
 * Book a seat for a time range, once per key: the key's claim, the booking and the answer a retry
 * replays land in one batch (api/shared/idempotency.ts). A retry answers the first answer, even
 * when the same request would now be refused (the hour has passed). The room's rules come from
 * memory without asking their version, as a meal's price does: the batch lands only under the
 * version they were read at, and a refusal is said only on rules read fresh.
 */
export async function bookSeat(
  deps: Deps,
  {
    communityId,
    seatId,
    holder,
    range,
    claim,
  }: { communityId: string; seatId: string; holder: Resident; range: TimeRange; claim: NewClaim },
) {
  let key = claim.id;
  let trusted = true; // the cached rules, unasked; a refusal is only ever given on fresh ones
  try {
    for (let attempt = 1; attempt <= 4; attempt++) {
      const room = await loadStudyRoom(deps, { communityId, trustCache: trusted });
      const readAgain = () => {
        forgetConfig(deps, communityId);
        trusted = false;
      };
      try {
        if (!room.seats.some((s) => s.id === seatId)) throw new DomainError("not_found", "NOT_FOUND", "Seat not found");
        refuseRange(range, room);
      } catch (err) {
        if (trusted && (await isStale(deps, communityId))) {
          readAgain();
          continue;
        }
        throw err;
      }
      const { booking, act } = seatAct(deps, room, { seatId, holder, range }, key);
      const held = await actClaimed(deps, claim, act);
      if ("answer" in held) return held.answer as ReturnType<typeof seatBookingView>;
      if (held.claimId !== key) {
        key = held.claimId; // an earlier request under the key was refused: act under its claim
        continue;
      }
      // Nothing booked: the rules it was checked against changed (the guard), or a refusal to explain.
      if ((await configVersion(deps, communityId)) !== room.configVersion) {
        readAgain();
        continue;
      }
      return seatBookingView(await explainRefusal(deps, booking)); // throws why, or the key's earlier booking
    }
    throw new Error("The booking kept meeting changes: its key changing hands or the room's rules");
  } catch (err) {
    if (!(err instanceof DomainError) || err.code === "IDEMPOTENCY_KEY_REUSED") throw err;
    const held = await claimKey(deps, claim);
    if ("answer" in held) return held.answer as ReturnType<typeof seatBookingView>;
    throw err;
  }
}
