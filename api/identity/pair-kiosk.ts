import { and, eq, gt, isNull } from "drizzle-orm";
import { kiosks } from "../../db/schema";
import type { Deps } from "../shared/context";
import { randomToken, sha256 } from "../shared/crypto";
import { DomainError } from "../shared/errors";

/**
 * Exchange a one-time pairing code for the device credential. One conditional UPDATE both
 * checks and consumes the code, so two kiosks racing with the same code cannot both pair.
 */
export async function pairKiosk({ db, clock }: Deps, code: string) {
  const token = randomToken(32);
  const now = clock.now();
  const [paired] = await db
    .update(kiosks)
    .set({
      tokenHash: await sha256(token),
      pairingCodeHash: null,
      pairingExpiresAt: null,
      pairedAt: now,
      lastSeenAt: now,
    })
    .where(
      and(eq(kiosks.pairingCodeHash, await sha256(code)), gt(kiosks.pairingExpiresAt, now), isNull(kiosks.revokedAt)),
    )
    .returning({ id: kiosks.id, name: kiosks.name });
  if (!paired)
    throw new DomainError("unauthenticated", "PAIRING_CODE_INVALID", "This pairing code is wrong, used or expired");
  return { token, kiosk: paired };
}
