import { and, eq, isNull } from "drizzle-orm";
import { pickupCodes } from "../../db/schema";
import type { Deps } from "../shared/context";
import { isUniqueViolation } from "../shared/db-errors";
import { DomainError } from "../shared/errors";
import { localDate } from "../shared/time";
import { pickupCodeHash } from "./check-out-child";
import { childInCare } from "./guardianship";
import { loadBabyRoom } from "./load-baby-room";
import { newId } from "../shared/crypto";

/** Eight random digits: what a grandparent can read out over the phone and type on the kiosk's keypad. */
function randomDigits() {
  const bytes = crypto.getRandomValues(new Uint32Array(1));
  return String(bytes[0]! % 100_000_000).padStart(8, "0");
}

export type PickupCodeRow = { id: string; personName: string; validOn: string; childId: string };

/**
 * A guardian lets a named person collect a child today, once. The code is shown once to the
 * guardian; only its hash is kept. The row carries the request's key (the idempotency claim), so
 * copies of one request racing each other make one row: `code` is the plaintext only for the copy
 * whose row was written, null for the others (the route draws them a fresh code for that same row).
 * A clash with another code (rare) draws again.
 */
export async function createPickupCode(
  deps: Deps,
  {
    communityId,
    idempotencyKey,
    ...input
  }: { communityId: string; idempotencyKey: string } & { childId: string; guardianId: string; personName: string },
): Promise<{ row: PickupCodeRow; code: string | null }> {
  const { db, clock } = deps;
  const room = await loadBabyRoom({ db }, { communityId });
  await childInCare({ db }, { communityId, childId: input.childId, residentId: input.guardianId });
  const validOn = localDate(clock.now(), room.timeZone);
  for (let attempt = 0; ; attempt++) {
    const code = randomDigits();
    const row = {
      id: newId(),
      communityId,
      childId: input.childId,
      createdById: input.guardianId,
      personName: input.personName,
      codeHash: await pickupCodeHash(communityId, code),
      validOn,
      idempotencyKey,
      createdAt: clock.now(),
    };
    try {
      await db
        .insert(pickupCodes)
        .values(row)
        .onConflictDoNothing({ target: [pickupCodes.communityId, pickupCodes.idempotencyKey] });
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 3) throw err;
      continue;
    }
    const [kept] = await db
      .select()
      .from(pickupCodes)
      .where(and(eq(pickupCodes.communityId, communityId), eq(pickupCodes.idempotencyKey, idempotencyKey)));
    if (!kept) throw new Error("pickup code row vanished");
    const view = { id: kept.id, personName: kept.personName, validOn: kept.validOn, childId: kept.childId };
    return { row: view, code: kept.id === row.id ? code : null };
  }
}

/**
 * A retried request finds its row; the first code was never seen (its answer was lost), and only
 * its hash is kept, so a fresh code replaces it on the same row while that row is unused: still
 * one valid code per request. A code already used cannot be shown again.
 */
export async function redrawPickupCode(
  { db }: Pick<Deps, "db">,
  { communityId, id }: { communityId: string; id: string },
) {
  for (let attempt = 0; ; attempt++) {
    const code = randomDigits();
    try {
      const changed = await db
        .update(pickupCodes)
        .set({ codeHash: await pickupCodeHash(communityId, code) })
        .where(and(eq(pickupCodes.id, id), eq(pickupCodes.communityId, communityId), isNull(pickupCodes.usedAt)))
        .returning({ id: pickupCodes.id });
      if (changed.length === 0) throw new DomainError("conflict", "CODE_USED", "This pickup code has been used");
      return code;
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 3) throw err;
    }
  }
}
