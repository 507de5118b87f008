import { and, eq, gt, sql } from "drizzle-orm";
import { facilityClosures } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { DomainError, notFound } from "../../shared/errors";
import { loadBabyRoom } from "../load-baby-room";

/**
 * Close the room (a holiday, a training day) through the one facility closure model. Bookings inside
 * are cancelled with a notice, and their free sessions given back, in the same batch as the closure.
 */
export async function addBabyRoomClosure(
  deps: Deps,
  {
    actor,
    communityId,
    ...input
  }: { actor: StaffPrincipal; communityId: string } & { startsAt: Date; endsAt: Date; reason: string },
) {
  const { db, clock } = deps;
  if (input.endsAt <= input.startsAt)
    throw new DomainError("unprocessable", "INVALID_RANGE", "A closure must end after it starts");
  const room = await loadBabyRoom({ db }, { communityId });
  const ts = clock.now().getTime();
  const row = { id: crypto.randomUUID(), communityId, facilityId: room.facility.id, ...input, createdAt: clock.now() };
  const [start, end] = [input.startsAt.getTime(), input.endsAt.getTime()];
  const notice = JSON.stringify({ kind: "cancelled", reason: input.reason });
  await db.batch([
    db.insert(facilityClosures).values(row),
    db.run(sql`UPDATE bookings SET status = 'cancelled', closed_at = ${ts}, notice = ${notice}
      WHERE facility_id = ${room.facility.id} AND status IN ('confirmed', 'held') AND starts_at < ${end} AND ends_at > ${start}`),
    db.run(sql`
      INSERT INTO allowance_entries (id, community_id, facility_id, child_id, period, kind, amount, booking_id, reason, idempotency_key, created_at)
      SELECT lower(hex(randomblob(16))), u.community_id, u.facility_id, u.child_id, u.period, 'refund', 1, u.booking_id, ${input.reason}, 'refund:' || u.booking_id, ${ts}
      FROM allowance_entries u JOIN bookings b ON b.id = u.booking_id
      WHERE u.kind = 'use' AND b.facility_id = ${room.facility.id} AND b.status = 'cancelled' AND b.closed_at = ${ts}
        AND b.starts_at < ${end} AND b.ends_at > ${start}
      ON CONFLICT DO NOTHING`),
    auditInsert(deps, {
      actor,
      communityId,
      action: "baby_room.add_closure",
      entity: "closure",
      entityId: row.id,
      after: { startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString(), reason: input.reason },
    }),
  ]);
  return {
    id: row.id,
    startsAt: input.startsAt.toISOString(),
    endsAt: input.endsAt.toISOString(),
    reason: input.reason,
  };
}

export async function listBabyRoomClosures(deps: Deps, { communityId }: { communityId: string }) {
  const room = await loadBabyRoom(deps, { communityId });
  const rows = await deps.db
    .select()
    .from(facilityClosures)
    .where(and(eq(facilityClosures.facilityId, room.facility.id), gt(facilityClosures.endsAt, deps.clock.now())));
  return rows.map((c) => ({
    id: c.id,
    startsAt: c.startsAt.toISOString(),
    endsAt: c.endsAt.toISOString(),
    reason: c.reason,
  }));
}

export async function removeBabyRoomClosure(
  deps: Deps,
  { actor, communityId, closureId }: { actor: StaffPrincipal; communityId: string; closureId: string },
) {
  const room = await loadBabyRoom(deps, { communityId });
  const where = and(eq(facilityClosures.id, closureId), eq(facilityClosures.facilityId, room.facility.id));
  const [before] = await deps.db.select().from(facilityClosures).where(where);
  if (!before) throw notFound("Closure");
  await deps.db.batch([
    deps.db.delete(facilityClosures).where(where),
    auditInsert(deps, {
      actor,
      communityId,
      action: "baby_room.remove_closure",
      entity: "closure",
      entityId: closureId,
      before,
    }),
  ]);
  return { id: closureId, removed: true as const };
}
