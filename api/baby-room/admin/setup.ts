import type { Deps } from "../../shared/context";
import { loadBabyRoom } from "../load-baby-room";
import { listSessionTypes } from "./session-types";
import { listTemplates } from "./sessions";

/** The room's policy, session types and weekly templates. */
export async function babyRoomSetup(deps: Deps, { communityId }: { communityId: string }) {
  const room = await loadBabyRoom(deps, { communityId });
  const { facilityId: _f, communityId: _c, updatedAt: _u, ...policy } = room.policy;
  return {
    facilityId: room.facility.id,
    name: room.facility.name,
    policy,
    types: await listSessionTypes(deps, { facilityId: room.facility.id }),
    templates: (await listTemplates(deps, { communityId })).map(({ id, typeId, weekday, startTime, caregivers }) => ({
      id,
      typeId,
      weekday,
      startTime,
      caregivers,
    })),
  };
}
