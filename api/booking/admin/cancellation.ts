import { type SQL, sql } from "drizzle-orm";
import type { BookingNotice, FacilityKind } from "../../../db/schema";
import type { Deps } from "../../shared/context";

export type Cancellation = {
  facility: { id: string; kind: FacilityKind };
  /** Which open bookings of the facility (a condition over the bookings table, unaliased). */
  which: SQL;
  /** Told to each holder at the kiosk; it names what cancelled them, so the refunds find exactly those. */
  notice: BookingNotice;
  at: Date;
};

/**
 * Staff cancel bookings (a closure, a lowered capacity) as statements for the caller's one batch:
 * the bookings with their notice, then what each facility gives back for them — a canteen order
 * and its meal-card payment, a baby-room free session. Every effect re-reads the bookings this
 * batch cancelled (same facility, status and notice text), so a place served a moment before keeps
 * its money, and a retried refund meets its unique key instead of paying twice.
 */
export function cancellationStatements({ db }: Pick<Deps, "db">, c: Cancellation) {
  const notice = JSON.stringify(c.notice);
  const ts = c.at.getTime();
  const cancelledHere = (alias: string) =>
    sql`${sql.raw(alias)}.facility_id = ${c.facility.id} AND ${sql.raw(alias)}.status = 'cancelled' AND ${sql.raw(alias)}.notice = ${notice}`;
  const statements = [
    db.run(sql`UPDATE bookings SET status = 'cancelled', closed_at = ${ts}, notice = ${notice}
      WHERE facility_id = ${c.facility.id} AND status IN ('confirmed', 'held') AND (${c.which})`),
  ];
  if (c.facility.kind === "canteen") {
    statements.push(
      db.run(sql`UPDATE meal_orders SET status = 'cancelled', updated_at = ${ts}
        WHERE status = 'placed' AND booking_id IN (SELECT b.id FROM bookings b WHERE ${cancelledHere("b")})`),
      db.run(sql`
        INSERT INTO meal_card_entries (id, community_id, resident_id, amount_fen, kind, method, order_id, idempotency_key, created_at)
        SELECT lower(hex(randomblob(16))), p.community_id, p.resident_id, -p.amount_fen, 'refund', 'meal_card', p.order_id, 'refund:' || p.order_id, ${ts}
        FROM meal_card_entries p JOIN meal_orders o ON o.id = p.order_id JOIN bookings b ON b.id = o.booking_id
        WHERE p.kind = 'payment' AND o.status = 'cancelled' AND ${cancelledHere("b")}
        ON CONFLICT DO NOTHING`),
    );
  }
  if (c.facility.kind === "baby_room") {
    const reason = c.notice.kind === "cancelled" ? c.notice.reason : "";
    statements.push(
      db.run(sql`
        INSERT INTO allowance_entries (id, community_id, facility_id, child_id, period, kind, amount, booking_id, reason, idempotency_key, created_at)
        SELECT lower(hex(randomblob(16))), u.community_id, u.facility_id, u.child_id, u.period, 'refund', 1, u.booking_id, ${reason}, 'refund:' || u.booking_id, ${ts}
        FROM allowance_entries u JOIN bookings b ON b.id = u.booking_id
        WHERE u.kind = 'use' AND ${cancelledHere("b")}
        ON CONFLICT DO NOTHING`),
      // A paid session's meal-card payment comes back under the same key a guardian's cancel uses
      // (baby-room/pay-session.ts), so a closure and a cancel never refund it twice.
      db.run(sql`
        INSERT INTO meal_card_entries (id, community_id, resident_id, amount_fen, kind, method, note, idempotency_key, created_at)
        SELECT lower(hex(randomblob(16))), p.community_id, p.resident_id, -p.amount_fen, 'refund', 'meal_card', p.note, 'baby-refund:' || b.id, ${ts}
        FROM bookings b JOIN meal_card_entries p ON p.community_id = b.community_id AND p.idempotency_key = 'baby-pay:' || b.id
        WHERE p.kind = 'payment' AND ${cancelledHere("b")}
        ON CONFLICT DO NOTHING`),
    );
  }
  return statements;
}

/**
 * Whom the cancellation touched, as a JSON object for an audit line later in the same batch:
 * how many bookings it cancelled and the distinct holders (residents, couriers, children) by id,
 * which the audit log names when it is read.
 */
export function cancelledHoldersJson(c: Pick<Cancellation, "facility" | "notice">) {
  const notice = JSON.stringify(c.notice);
  return sql`(SELECT json_object('bookingsCancelled', count(*), 'holderIds', json_group_array(DISTINCT b.holder_id))
    FROM bookings b WHERE b.facility_id = ${c.facility.id} AND b.status = 'cancelled' AND b.notice = ${notice})`;
}

/** What a cancellation did, read after its batch: bookings cancelled, meal-card fen and free sessions given back. */
export async function cancellationOutcome({ db }: Pick<Deps, "db">, c: Pick<Cancellation, "facility" | "notice">) {
  const notice = JSON.stringify(c.notice);
  const [row] = await db.all<{ bookings: number; refunded_fen: number; sessions: number }>(sql`
    SELECT count(*) AS bookings,
      coalesce((SELECT sum(e.amount_fen) FROM meal_card_entries e JOIN meal_orders o ON o.id = e.order_id JOIN bookings x ON x.id = o.booking_id
        WHERE e.kind = 'refund' AND x.facility_id = ${c.facility.id} AND x.notice = ${notice}), 0) AS refunded_fen,
      coalesce((SELECT count(*) FROM allowance_entries a JOIN bookings x ON x.id = a.booking_id
        WHERE a.kind = 'refund' AND x.facility_id = ${c.facility.id} AND x.notice = ${notice}), 0) AS sessions
    FROM bookings b WHERE b.facility_id = ${c.facility.id} AND b.status = 'cancelled' AND b.notice = ${notice}`);
  return {
    bookingsCancelled: Number(row?.bookings ?? 0),
    mealCardRefundedFen: Number(row?.refunded_fen ?? 0),
    sessionsReturned: Number(row?.sessions ?? 0),
  };
}
