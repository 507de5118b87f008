import { and, eq, sql } from "drizzle-orm";
import { bookings } from "../../db/schema";
import { bookingStatement, type BookInput } from "../booking/book";
import { explainRefusal } from "../booking/explain-refusal";
import type { Deps } from "../shared/context";
import { childInCare } from "./guardianship";
import { findSession } from "./list-sessions";
import { loadBabyRoom } from "./load-baby-room";
import { choosePayment, paymentRefusal, paymentStatements } from "./pay-session";
import { refuseSession } from "./session-checks";
import { newId } from "../shared/crypto";

export type BookSessionInput = {
  sessionId: string;
  childId: string;
  guardianId: string;
  /** The price the kiosk showed and the guardian agreed to pay by meal card; none for a free session. */
  priceFen?: number;
  idempotencyKey: string;
};

/**
 * A guardian books a session for a child. The engine's booking, the baby-room record and what it
 * costs (one free session, or the price from the guardian's meal card) go in one batch: each is
 * written only if the booking was, and a ledger's trigger refuses it (and so the whole batch) if
 * the period has nothing left or the card cannot pay. A retried request writes no booking, so it
 * uses and pays nothing, and gets the first booking back.
 */
export async function bookSession(deps: Deps, { communityId, ...input }: { communityId: string } & BookSessionInput) {
  const { db, clock } = deps;
  const room = await loadBabyRoom({ db }, { communityId });
  const { child } = await childInCare({ db }, { communityId, childId: input.childId, residentId: input.guardianId });
  const session = await findSession({ db }, { communityId, sessionId: input.sessionId });
  const engineInput: BookInput = {
    communityId,
    resourceId: session.id,
    holder: { kind: "child", id: child.id },
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    holderLimit: "facility",
    timeZone: room.timeZone,
    idempotencyKey: `baby:${input.idempotencyKey}`,
  };
  const [earlier] = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.communityId, communityId), eq(bookings.idempotencyKey, engineInput.idempotencyKey)));
  if (earlier) return explainRefusal(deps, engineInput);

  const sessionDate = await refuseSession(deps, { room, session, child });
  const { pay, period } = await choosePayment(deps, {
    room,
    session,
    childId: child.id,
    sessionDate,
    agreedPriceFen: input.priceFen,
  });
  const bookingId = newId();
  try {
    await db.batch([
      bookingStatement(deps, engineInput, bookingId),
      ...paymentStatements(db, {
        room,
        session,
        childId: child.id,
        guardianId: input.guardianId,
        bookingId,
        pay,
        period,
        when: sql`EXISTS (SELECT 1 FROM bookings WHERE id = ${bookingId})`,
        ts: clock.now().getTime(),
      }),
    ]);
  } catch (err) {
    throw paymentRefusal(err);
  }
  const [row] = await db.select().from(bookings).where(eq(bookings.id, bookingId));
  return row ?? explainRefusal(deps, engineInput);
}
