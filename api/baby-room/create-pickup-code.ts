import { pickupCodes } from "../../db/schema";
import type { Deps } from "../shared/context";
import { isUniqueViolation } from "../shared/db-errors";
import { localDate } from "../shared/time";
import { pickupCodeHash } from "./check-out-child";
import { childInCare } from "./guardianship";
import { loadBabyRoom } from "./load-baby-room";

/** Eight random digits: what a grandparent can read out over the phone and type on the kiosk's keypad. */
function randomDigits() {
  const bytes = crypto.getRandomValues(new Uint32Array(1));
  return String(bytes[0]! % 100_000_000).padStart(8, "0");
}

/**
 * A guardian lets a named person collect a child today, once. The code is shown once to the
 * guardian; only its hash is kept. A clash with another code (rare) draws again.
 */
export async function createPickupCode(
  deps: Deps,
  { communityId, ...input }: { communityId: string } & { childId: string; guardianId: string; personName: string },
) {
  const { db, clock } = deps;
  const room = await loadBabyRoom({ db }, { communityId });
  await childInCare({ db }, { communityId, childId: input.childId, residentId: input.guardianId });
  const validOn = localDate(clock.now(), room.timeZone);
  for (let attempt = 0; ; attempt++) {
    const code = randomDigits();
    const row = {
      id: crypto.randomUUID(),
      communityId,
      childId: input.childId,
      createdById: input.guardianId,
      personName: input.personName,
      codeHash: await pickupCodeHash(communityId, code),
      validOn,
      createdAt: clock.now(),
    };
    try {
      await db.insert(pickupCodes).values(row);
      return { id: row.id, code, personName: row.personName, validOn, childId: row.childId };
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 3) throw err;
    }
  }
}
