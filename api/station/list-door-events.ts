import { and, desc, eq, sql } from "drizzle-orm";
import { couriers, doorCommands, doorEvents, staff, stationDoors } from "../../db/schema";
import type { Deps } from "../shared/context";

/** The door log, newest first: who, how (face with its distance, staff remote), what came of it and the relay's answer. */
export async function listDoorEvents(
  { db }: Pick<Deps, "db">,
  { communityId, opts }: { communityId: string; opts: { doorId?: string; limit: number } },
) {
  const rows = await db
    .select({
      id: doorEvents.id,
      at: doorEvents.at,
      door: stationDoors.name,
      doorId: doorEvents.doorId,
      courierId: doorEvents.courierId,
      courier: couriers.name,
      staff: staff.displayName,
      direction: doorEvents.direction,
      method: doorEvents.method,
      distance: doorEvents.distance,
      outcome: doorEvents.outcome,
      reason: doorEvents.reason,
      relayStatus: doorCommands.answerStatus,
      relayAttempts: doorCommands.attempts,
    })
    .from(doorEvents)
    .innerJoin(stationDoors, eq(stationDoors.id, doorEvents.doorId))
    .leftJoin(couriers, eq(couriers.id, doorEvents.courierId))
    .leftJoin(staff, eq(staff.id, doorEvents.staffId))
    .leftJoin(doorCommands, eq(doorCommands.id, doorEvents.commandId))
    .where(and(eq(doorEvents.communityId, communityId), opts.doorId ? eq(doorEvents.doorId, opts.doorId) : undefined))
    // Events written in the same millisecond keep the order they were written in.
    .orderBy(desc(doorEvents.at), desc(sql`${doorEvents}.rowid`))
    .limit(opts.limit);
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}
