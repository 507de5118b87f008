import { and, eq, gt } from "drizzle-orm";
import { facilityClosures } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { notFound } from "../../shared/errors";
import { closeFacility } from "../../booking/admin/add-closure";
import { loadBabyRoom } from "../load-baby-room";

/**
 * Close the room (a holiday, a training day) through the one facility closure model: bookings inside
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
  const room = await loadBabyRoom(deps, { communityId });
  const made = await closeFacility(deps, { actor, facility: { ...room.facility, timeZone: room.timeZone }, ...input });
  return { id: made.id, startsAt: made.startsAt, endsAt: made.endsAt, reason: made.reason };
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
