import { and, eq, sql } from "drizzle-orm";
import { bookings, holderKinds } from "../../db/schema";
import type { Deps } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import { HOLDING_STATUSES, isValidRange, type HolderLimit } from "./rules";

export type BookInput = {
  communityId: string;
  resourceId: string;
  holder: { kind: (typeof holderKinds)[number]; id: string };
  startsAt: Date;
  endsAt: Date;
  quantity?: number;
  holderLimit: HolderLimit;
  idempotencyKey: string;
};

const holding = sql.join(HOLDING_STATUSES.map((s) => sql`${s}`), sql`, `);

/** Which of the holder's other bookings (alias h) count against resource r. */
const holderScope = (limit: HolderLimit) =>
  limit === "facility" ? sql`h.facility_id = r.facility_id` : limit === "resource" ? sql`h.resource_id = r.id` : sql`0`;

/**
 * The one way any facility takes capacity. A single INSERT … SELECT checks capacity, the
 * holder's other bookings and the idempotency key in the same statement, so two kiosks racing
 * for the last place cannot both win and a retried request never books twice. Capacity counts
 * every holding booking that overlaps the range, which is exact for whole slots and single
 * seats and errs towards "full", never towards overbooking, for partial overlaps.
 * Returned unexecuted, so a facility can batch it with what depends on it.
 */
export function bookingStatement({ db, clock }: Pick<Deps, "db" | "clock">, input: BookInput, bookingId: string) {
  if (!isValidRange(input)) throw new DomainError("invalid", "INVALID_RANGE", "A booking must end after it starts");
  const quantity = input.quantity ?? 1;
  const [start, end] = [input.startsAt.getTime(), input.endsAt.getTime()];
  return db.run(sql`
    INSERT INTO bookings (id, community_id, facility_id, resource_id, holder_kind, holder_id, starts_at, ends_at, quantity, status, idempotency_key, created_at)
    -- Ranges are half-open: a booking ending at 10:00 and one starting at 10:00 do not overlap.
    SELECT ${bookingId}, r.community_id, r.facility_id, r.id, ${input.holder.kind}, ${input.holder.id}, ${start}, ${end}, ${quantity}, 'confirmed', ${input.idempotencyKey}, ${clock.now().getTime()}
    FROM resources r
    WHERE r.id = ${input.resourceId} AND r.community_id = ${input.communityId}
      AND (SELECT coalesce(sum(b.quantity), 0) FROM bookings b
           WHERE b.resource_id = r.id AND b.status IN (${holding}) AND b.starts_at < ${end} AND b.ends_at > ${start}) + ${quantity} <= r.capacity
      AND NOT EXISTS (SELECT 1 FROM bookings h
           WHERE h.holder_kind = ${input.holder.kind} AND h.holder_id = ${input.holder.id} AND h.status IN (${holding})
             AND h.starts_at < ${end} AND h.ends_at > ${start} AND ${holderScope(input.holderLimit)})
    ON CONFLICT (community_id, idempotency_key) DO NOTHING`);
}

/** Books standalone: the booking, or the first booking made with this key, or why not. */
export async function book(deps: Deps, input: BookInput) {
  const id = crypto.randomUUID();
  await bookingStatement(deps, input, id);
  const [row] = await deps.db.select().from(bookings).where(and(eq(bookings.communityId, input.communityId), eq(bookings.id, id)));
  return row ?? explainRefusal(deps, input);
}

/** Nothing was written; say why (reads after the atomic statement decide nothing, they only explain). */
export async function explainRefusal({ db }: Pick<Deps, "db">, input: BookInput) {
  const [earlier] = await db.select().from(bookings)
    .where(and(eq(bookings.communityId, input.communityId), eq(bookings.idempotencyKey, input.idempotencyKey)));
  if (earlier) {
    const same = earlier.resourceId === input.resourceId && earlier.holderId === input.holder.id && earlier.startsAt.getTime() === input.startsAt.getTime();
    if (same) return earlier;
    throw new DomainError("conflict", "IDEMPOTENCY_KEY_REUSED", "This request key was already used for a different booking");
  }
  const [resource] = await db.all<{ id: string }>(sql`SELECT id FROM resources WHERE id = ${input.resourceId} AND community_id = ${input.communityId}`);
  if (!resource) throw notFound("Resource");
  const [busy] = await db.all<{ id: string }>(sql`
    SELECT h.id FROM bookings h JOIN resources r ON r.id = ${input.resourceId}
    WHERE h.holder_kind = ${input.holder.kind} AND h.holder_id = ${input.holder.id} AND h.status IN (${holding})
      AND h.starts_at < ${input.endsAt.getTime()} AND h.ends_at > ${input.startsAt.getTime()}
      AND ${holderScope(input.holderLimit)}`);
  if (busy) throw new DomainError("conflict", "HOLDER_BUSY", "You already have a booking at this time");
  throw new DomainError("conflict", "FULL", "No place is left at this time");
}
