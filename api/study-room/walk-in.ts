import { and, eq } from "drizzle-orm";
import { bookings } from "../../db/schema";
import { bookingStatement } from "../booking/book";
import { explainRefusal } from "../booking/explain-refusal";
import { holdingDuring } from "../booking/holding";
import type { Deps, KioskPrincipal } from "../shared/context";
import { DomainError } from "../shared/errors";
import { seatBooking } from "./book-seat";
import { loadStudyRoom } from "./load-study-room";
import type { Resident } from "./my-seat-booking";
import { rankSeats, walkInRange } from "./rules";
import type { SeatFeature } from "./seats";
import { newId } from "../shared/crypto";

/**
 * "Any free seat, now": seats with the wished-for feature first. Each try is the engine's atomic
 * statement, so a seat someone else took a moment ago simply fails and the next is tried; the
 * person is checked in at once. A retry with the same key finds the first seat.
 */
export async function walkIn(
  deps: Deps,
  {
    kiosk,
    holder,
    minutes,
    prefer,
    idempotencyKey,
  }: { kiosk: KioskPrincipal; holder: Resident; minutes: number; prefer?: SeatFeature; idempotencyKey: string },
) {
  const { db, clock } = deps;
  const room = await loadStudyRoom({ db, clock }, { communityId: kiosk.communityId });
  if (kiosk.facilityId !== room.facility.id)
    throw new DomainError("forbidden", "AT_THE_ROOM_ONLY", "Walk in at the study room's own kiosk");
  const [earlier] = await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.communityId, kiosk.communityId), eq(bookings.idempotencyKey, idempotencyKey)));
  if (earlier) {
    if (earlier.holderId === holder.id) return earlier;
    throw new DomainError("conflict", "IDEMPOTENCY_KEY_REUSED", "This request key was already used");
  }
  const range = walkInRange(minutes, room.rules);
  if (!range) throw new DomainError("unprocessable", "CLOSED", "The study room is closed now");
  // Only picks the order to try in; the statement decides.
  const busy = await db
    .select({ resourceId: bookings.resourceId })
    .from(bookings)
    .where(holdingDuring(room.facility.id, range));
  const taken = new Set(busy.map((b) => b.resourceId));
  for (const seat of rankSeats(room.seats, prefer).filter((s) => !taken.has(s.id))) {
    const id = newId();
    const attempt = {
      ...seatBooking(room, seat.id, holder, range, idempotencyKey),
      status: "checked_in" as const,
    };
    await db.batch([bookingStatement(deps, attempt, id)]);
    const [row] = await db.select().from(bookings).where(eq(bookings.id, id));
    if (row) return row;
    // A ban, a seat already held or the day's hours stop every seat alike: say so at once.
    await explainRefusal(deps, attempt).catch((err: unknown) => {
      if (!(err instanceof DomainError && err.code === "FULL")) throw err;
    });
  }
  throw new DomainError("conflict", "FULL", "Every seat is taken now");
}
