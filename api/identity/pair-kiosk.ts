import { and, eq, gt, isNull } from "drizzle-orm";
import { kiosks } from "../../db/schema";
import { claimAttempt, releaseAttempt } from "../shared/attempt-limiter";
import type { Deps } from "../shared/context";

const PAIRING_SUBJECT = "pairing:kiosks";
import { randomToken, sha256 } from "../shared/crypto";
import { DomainError } from "../shared/errors";

/**
 * Exchange a one-time pairing code for the device credential. One conditional UPDATE both
 * checks and consumes the code, so two kiosks racing with the same code cannot both pair.
 */
export async function pairKiosk(deps: Deps, { code }: { code: string }) {
  const { db, clock } = deps;
  // Eight digits can be guessed: every try is claimed first, and after five wrong ones in a row
  // pairing waits (1, 2, 4 … minutes) for every device, as sign-in does for one username.
  const attempt = await claimAttempt(deps, PAIRING_SUBJECT);
  if (attempt.locked)
    throw new DomainError(
      "rate_limited",
      "TOO_MANY_ATTEMPTS",
      "Too many wrong pairing codes; wait and try again",
      attempt.locked.retryAfterSeconds,
    );
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
  await releaseAttempt(deps, attempt.id);
  return { token, kiosk: paired };
}
