import { and, count, eq, gte, sql } from "drizzle-orm";
import type { ErrorCode } from "../shared/error-codes";
import { faceConsents, identifications, type IdentifyMethod } from "../../db/schema";
import { findPerson, type PersonRef } from "../people/find-person";
import type { Deps, KioskPrincipal } from "../shared/context";
import { DomainError } from "../shared/errors";
import { loadFaceGallery } from "./face-gallery";
import { describeSessionPerson, openKioskSession } from "./kiosk-session";
import { resolvePass } from "./resolve-pass";
import { IDENTIFY_ATTEMPTS_PER_MINUTE, matchFace } from "./rules";
import { newId } from "../shared/crypto";

export type IdentifyRequest = { method: "qr"; code: string } | { method: "face"; descriptor: number[] };
type Resolved =
  | { holder: PersonRef; method: IdentifyMethod; distance?: number }
  | { refusal: ErrorCode; method: IdentifyMethod; distance?: number };

const refusalStatus: Record<string, "unauthenticated" | "forbidden"> = {
  COURIER_NOT_VERIFIED: "forbidden",
  COURIER_SUSPENDED: "forbidden",
  FACE_NOT_ALLOWED: "forbidden",
};
const refusalMessage: Record<string, string> = {
  NOT_RECOGNISED: "Not recognised. Please scan your pass or ask staff.",
  PASS_REVOKED: "This pass was replaced. Please ask staff for your new card.",
  CODE_EXPIRED: "This code has expired. Please show the code on your phone again.",
  COURIER_NOT_VERIFIED: "Your registration is waiting for staff to verify it.",
  COURIER_SUSPENDED: "Your pass is suspended. Please see the station keeper.",
  FACE_NOT_ALLOWED: "No camera is used at this kiosk. Please show your pass.",
};

/** Who is at this kiosk: every attempt is recorded with its method; success opens a kiosk session. */
export async function identify(deps: Deps, { kiosk, request }: { kiosk: KioskPrincipal; request: IdentifyRequest }) {
  const { db, clock } = deps;
  const now = clock.now();
  // Claim first: the attempt is written (refused until proven) before the pass or face is checked,
  // and only the attempts written before it count, so a burst cannot all slip under the limit.
  const id = newId();
  await db.insert(identifications).values({
    id,
    communityId: kiosk.communityId,
    kioskId: kiosk.id,
    method: request.method,
    outcome: "refused",
    reason: "CHECKING",
    at: now,
  });
  const [recent] = await db
    .select({ n: count() })
    .from(identifications)
    .where(
      and(
        eq(identifications.kioskId, kiosk.id),
        gte(identifications.at, new Date(now.getTime() - 60_000)),
        sql`rowid < (SELECT rowid FROM identifications WHERE id = ${id})`,
      ),
    );
  if ((recent?.n ?? 0) >= IDENTIFY_ATTEMPTS_PER_MINUTE) {
    await db.delete(identifications).where(eq(identifications.id, id));
    throw new DomainError("rate_limited", "RATE_LIMITED", "Too many attempts at this kiosk; please wait a moment", 60);
  }

  // A pass-only kiosk (where no camera may be used) never matches a face, whatever it is sent.
  const resolved: Resolved =
    request.method === "face" && kiosk.passOnly
      ? { refusal: "FACE_NOT_ALLOWED", method: "face" }
      : await resolveIdentity(deps, { kiosk, request });
  const person =
    "holder" in resolved ? await findPerson({ db }, { communityId: kiosk.communityId, ref: resolved.holder }) : null;
  const refusal = "refusal" in resolved ? resolved.refusal : !person ? "NOT_RECOGNISED" : person.refusal;
  await db
    .update(identifications)
    .set({
      method: resolved.method,
      outcome: refusal ? "refused" : "accepted",
      reason: refusal ?? null,
      holderKind: person?.kind ?? null,
      holderId: person?.id ?? null,
      distance: resolved.distance ?? null,
    })
    .where(eq(identifications.id, id));
  if (refusal || !person) {
    const code = refusal ?? "NOT_RECOGNISED";
    throw new DomainError(
      refusalStatus[code] ?? "unauthenticated",
      code,
      refusalMessage[code] ?? refusalMessage.NOT_RECOGNISED!,
    );
  }
  const session = await openKioskSession(deps, { kiosk, holder: person, method: resolved.method });
  return { session, method: resolved.method, ...(await describeSessionPerson({ db }, { kiosk, holder: person })) };
}

/** Who a pass or a face belongs to, without judging whether they may do anything (the door asks too). */
export async function resolveIdentity(
  deps: Deps,
  { kiosk, request }: { kiosk: Pick<KioskPrincipal, "communityId">; request: IdentifyRequest },
): Promise<Resolved> {
  if (request.method === "qr") {
    const pass = await resolvePass(deps, { communityId: kiosk.communityId, code: request.code.trim() });
    return pass.ok ? { holder: pass.holder, method: pass.method } : { refusal: pass.reason, method: "qr" };
  }
  const gallery = await loadFaceGallery(deps, { communityId: kiosk.communityId });
  const match = matchFace(request.descriptor, gallery.descriptors, gallery.templateIds);
  if (!match.accepted) return { refusal: "NOT_RECOGNISED", method: "face", distance: match.distance };
  const [consent] = await deps.db
    .select({ kind: faceConsents.holderKind, id: faceConsents.holderId })
    .from(faceConsents)
    .where(eq(faceConsents.templateId, match.ref))
    .limit(1);
  return consent
    ? { holder: consent, method: "face", distance: match.distance }
    : { refusal: "NOT_RECOGNISED", method: "face" };
}
