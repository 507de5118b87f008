import { sql, type SQL } from "drizzle-orm";
import type { Deps } from "../shared/context";
import { raisedCode } from "../shared/db-errors";
import { DomainError } from "../shared/errors";
import { allowanceBalance, grantStatement } from "./allowance";
import type { SessionRow } from "./list-sessions";
import type { BabyRoom } from "./load-baby-room";
import { paymentFor, periodOf, type Payment } from "./rules";
import { newId } from "../shared/crypto";

export const exhausted = () =>
  new DomainError("conflict", "ALLOWANCE_EXHAUSTED", "This child has no free sessions left in this period");

/** The keys of a paid session's card entries: one payment and one refund per booking, whatever races. */
const payKey = (bookingId: string) => `baby-pay:${bookingId}`;
const refundKey = (bookingId: string) => `baby-refund:${bookingId}`;

/**
 * How this booking will be paid: one of the child's free sessions, free anyway, or the priced
 * session per the room's policy, which the guardian must have agreed to (the price the kiosk
 * showed); beyond the allowance with a "refuse" policy, a clear refusal. Advisory: the ledger's
 * trigger decides in the write whether the free session is really there.
 */
export async function choosePayment(
  deps: Pick<Deps, "db" | "clock">,
  input: { room: BabyRoom; session: SessionRow; childId: string; sessionDate: string; agreedPriceFen?: number },
) {
  const { room, childId } = input;
  const period = periodOf(input.sessionDate, room.policy.periodMonths).start;
  await grantStatement(deps, { room, childId, period });
  const pay = paymentFor(input.session.type, await allowanceBalance(deps, { childId, period }), room.policy);
  if (!pay) throw exhausted();
  if (pay.priceFen > 0 && input.agreedPriceFen !== pay.priceFen)
    throw new DomainError(
      "conflict",
      "PRICE_CHANGED",
      "This session is paid; confirm its price to pay with the meal card",
      undefined,
      { priceFen: pay.priceFen },
    );
  return { pay, period };
}

export type PaymentWrite = {
  room: BabyRoom;
  session: SessionRow;
  childId: string;
  guardianId: string;
  bookingId: string;
  pay: Payment;
  period: string;
  /** Written only if this holds when the batch runs (the booking was made, the offer taken). */
  when: SQL;
  ts: number;
};

/**
 * The baby-room record of a booking and what it costs, for the same batch as the booking: the
 * free session's use (the ledger's trigger aborts the batch if none is left) or the payment from
 * the booking guardian's meal card (its trigger aborts it if the card cannot pay). Each row is
 * keyed by the booking, so a retry or a racing copy writes nothing more.
 */
export function paymentStatements(db: Deps["db"], w: PaymentWrite) {
  const communityId = w.room.facility.communityId;
  return [
    db.run(sql`
      INSERT INTO baby_bookings (booking_id, community_id, session_id, child_id, booked_by_id, payment, price_fen, created_at)
      SELECT ${w.bookingId}, ${communityId}, ${w.session.id}, ${w.childId}, ${w.guardianId}, ${w.pay.payment}, ${w.pay.priceFen}, ${w.ts}
      WHERE ${w.when}
      ON CONFLICT DO NOTHING`),
    ...(w.pay.payment === "allowance"
      ? [
          db.run(sql`
      INSERT INTO allowance_entries (id, community_id, facility_id, child_id, period, kind, amount, booking_id, idempotency_key, created_at)
      SELECT ${newId()}, ${communityId}, ${w.room.facility.id}, ${w.childId}, ${w.period}, 'use', -1, ${w.bookingId}, ${`use:${w.bookingId}`}, ${w.ts}
      WHERE ${w.when}
      ON CONFLICT DO NOTHING`),
        ]
      : []),
    ...(w.pay.payment === "paid" && w.pay.priceFen > 0
      ? [
          db.run(sql`
      INSERT INTO meal_card_entries (id, community_id, resident_id, amount_fen, kind, method, note, idempotency_key, created_at)
      SELECT ${newId()}, ${communityId}, ${w.guardianId}, ${-w.pay.priceFen}, 'payment', 'meal_card',
        ${`${w.room.facility.name} ${w.session.type.name}`}, ${payKey(w.bookingId)}, ${w.ts}
      WHERE ${w.when}
      ON CONFLICT DO NOTHING`),
        ]
      : []),
  ];
}

/**
 * What a cancel before the cut-off gives back, for the cancel's batch and only if `cancelled` (this
 * very transition) holds: the free session used, or the card payment, each once by its key.
 */
export function refundStatements(
  db: Deps["db"],
  { communityId, bookingId, cancelled, ts }: { communityId: string; bookingId: string; cancelled: SQL; ts: number },
) {
  return [
    db.run(sql`
      INSERT INTO allowance_entries (id, community_id, facility_id, child_id, period, kind, amount, booking_id, idempotency_key, created_at)
      SELECT ${newId()}, u.community_id, u.facility_id, u.child_id, u.period, 'refund', 1, u.booking_id, ${`refund:${bookingId}`}, ${ts}
      FROM allowance_entries u
      WHERE u.booking_id = ${bookingId} AND u.kind = 'use' AND ${cancelled}
      ON CONFLICT DO NOTHING`),
    db.run(sql`
      INSERT INTO meal_card_entries (id, community_id, resident_id, amount_fen, kind, method, note, idempotency_key, created_at)
      SELECT ${newId()}, p.community_id, p.resident_id, -p.amount_fen, 'refund', 'meal_card', p.note, ${refundKey(bookingId)}, ${ts}
      FROM meal_card_entries p
      WHERE p.community_id = ${communityId} AND p.idempotency_key = ${payKey(bookingId)} AND p.kind = 'payment' AND ${cancelled}
      ON CONFLICT DO NOTHING`),
  ];
}

/** Whether a booking's free session or payment came back. */
export async function refundedOf({ db }: Pick<Deps, "db">, communityId: string, bookingId: string) {
  const rows = await db.all<{ n: number }>(sql`
    SELECT (SELECT count(*) FROM allowance_entries WHERE booking_id = ${bookingId} AND kind = 'refund')
         + (SELECT count(*) FROM meal_card_entries WHERE community_id = ${communityId} AND idempotency_key = ${refundKey(bookingId)}) AS n`);
  return { refunded: Number(rows[0]?.n ?? 0) > 0 };
}

/** A trigger's refusal of a payment, in words. */
export function paymentRefusal(err: unknown) {
  const code = raisedCode(err, ["ALLOWANCE_EXHAUSTED", "INSUFFICIENT_BALANCE"] as const);
  if (code === "ALLOWANCE_EXHAUSTED") return exhausted();
  if (code === "INSUFFICIENT_BALANCE")
    return new DomainError(
      "conflict",
      "INSUFFICIENT_BALANCE",
      "The meal card balance is too low for this session; top up at the desk",
    );
  return err;
}
