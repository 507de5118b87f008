import type { Deps } from "../shared/context";
import { and, eq } from "drizzle-orm";
import { babyRoomPolicies, bookingPolicies, communities, facilities } from "../../db/schema";
import { notFound } from "../shared/errors";
import { newId } from "../shared/crypto";

/** The community's baby room with its two policies (the engine's and the room's) and its zone. */
export async function loadBabyRoom({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
  const [row] = await db
    .select({
      facility: facilities,
      policy: babyRoomPolicies,
      booking: bookingPolicies,
      timeZone: communities.timeZone,
    })
    .from(facilities)
    .innerJoin(communities, eq(communities.id, facilities.communityId))
    .innerJoin(babyRoomPolicies, eq(babyRoomPolicies.facilityId, facilities.id))
    .innerJoin(bookingPolicies, eq(bookingPolicies.facilityId, facilities.id))
    .where(and(eq(facilities.communityId, communityId), eq(facilities.kind, "baby_room")))
    .limit(1);
  if (!row) throw notFound("Baby room");
  return row;
}

export type BabyRoom = Awaited<ReturnType<typeof loadBabyRoom>>;

/** A new row of the room's own (a session type, a weekly template): a fresh id, the room's community and facility, the time. */
export const newRoomRow = <I extends object>({ clock }: Pick<Deps, "clock">, room: BabyRoom, input: I) => ({
  id: newId(),
  communityId: room.facility.communityId,
  facilityId: room.facility.id,
  ...input,
  createdAt: clock.now(),
});
