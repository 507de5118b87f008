import { and, eq, isNull, lt } from "drizzle-orm";
import type { Db } from "../../db/client";
import { passes, rotatingKeys } from "../../db/schema";
import type { Deps } from "../shared/context";
import { sha256, timingSafeEqual, toBase64Url } from "../shared/crypto";
import { decryptBytes } from "../shared/data-key";
import { PASS_PREFIX } from "./issue-passes";
import { acceptableSteps } from "./rules";
import { ROTATING_PREFIX, rotatingMac } from "../../common/rotating-code";
import type { PersonRef } from "../people/find-person";

export type PassResolution =
  | { ok: true; holder: PersonRef; method: "qr" | "rotating_qr" }
  | { ok: false; reason: "NOT_RECOGNISED" | "PASS_REVOKED" | "CODE_EXPIRED" };

/** Who a scanned code belongs to, in this kiosk's community only. */
export async function resolvePass(
  deps: Deps,
  { communityId, code }: { communityId: string; code: string },
): Promise<PassResolution> {
  if (code.startsWith(`${PASS_PREFIX}.`)) return resolvePrinted(deps.db, communityId, code);
  if (code.startsWith(`${ROTATING_PREFIX}.`)) return resolveRotating(deps, communityId, code);
  return { ok: false, reason: "NOT_RECOGNISED" };
}

async function resolvePrinted(db: Db, communityId: string, code: string): Promise<PassResolution> {
  const [pass] = await db
    .select()
    .from(passes)
    .where(and(eq(passes.secretHash, await sha256(code)), eq(passes.communityId, communityId)))
    .limit(1);
  if (!pass) return { ok: false, reason: "NOT_RECOGNISED" };
  if (pass.revokedAt) return { ok: false, reason: "PASS_REVOKED" };
  return { ok: true, holder: { kind: pass.holderKind, id: pass.holderId }, method: "qr" };
}

/** How far back (20 minutes of 30 s steps) a right-secret code counts as expired rather than wrong. */
const EXPIRED_LOOKBACK_STEPS = 40;

async function resolveRotating(
  { db, clock, config }: Deps,
  communityId: string,
  code: string,
): Promise<PassResolution> {
  const [, keyId, mac] = code.split(".");
  if (!keyId || !mac) return { ok: false, reason: "NOT_RECOGNISED" };
  const [key] = await db
    .select()
    .from(rotatingKeys)
    .where(and(eq(rotatingKeys.id, keyId), eq(rotatingKeys.communityId, communityId)))
    .limit(1);
  if (!key) return { ok: false, reason: "NOT_RECOGNISED" };
  if (key.revokedAt) return { ok: false, reason: "PASS_REVOKED" };
  const secret = toBase64Url(await decryptBytes(config, key.secretCiphertext));
  let step: number | undefined;
  for (const candidate of acceptableSteps(clock.now())) {
    if (timingSafeEqual(await rotatingMac(secret, candidate), mac)) step = candidate;
  }
  if (step === undefined) {
    // Expired means this phone's code from a little while ago (a screenshot passed on); a code
    // no step of this key ever made is a wrong secret, and saying "expired" would mislead.
    const current = acceptableSteps(clock.now())[0]!;
    for (let back = 1; back <= EXPIRED_LOOKBACK_STEPS; back++) {
      if (timingSafeEqual(await rotatingMac(secret, current - back), mac)) return { ok: false, reason: "CODE_EXPIRED" };
    }
    return { ok: false, reason: "NOT_RECOGNISED" };
  }
  // Conditional on the last accepted step, so a replayed or older code is refused, even in a race.
  const [used] = await db
    .update(rotatingKeys)
    .set({ lastStep: step })
    .where(and(eq(rotatingKeys.id, keyId), lt(rotatingKeys.lastStep, step), isNull(rotatingKeys.revokedAt)))
    .returning({ id: rotatingKeys.id });
  if (!used) return { ok: false, reason: "CODE_EXPIRED" };
  return { ok: true, holder: { kind: key.holderKind, id: key.holderId }, method: "rotating_qr" };
}
