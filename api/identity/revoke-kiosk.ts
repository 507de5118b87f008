import { and, eq, isNull } from "drizzle-orm";
import { kiosks } from "../../db/schema";
import { auditInsert } from "../staff/audit";
import type { Deps, StaffPrincipal } from "../shared/context";
import { notFound } from "../shared/errors";

/** Takes effect on the kiosk's very next call: the device guard checks revocation every time. */
export async function revokeKiosk(
  deps: Deps,
  { actor, communityId, kioskId }: { actor: StaffPrincipal; communityId: string; kioskId: string },
) {
  const { db, clock } = deps;
  const where = and(eq(kiosks.id, kioskId), eq(kiosks.communityId, communityId), isNull(kiosks.revokedAt));
  const [open] = await db.select({ id: kiosks.id }).from(kiosks).where(where).limit(1);
  if (!open) throw notFound("Active kiosk");
  await db.batch([
    db.update(kiosks).set({ revokedAt: clock.now(), tokenHash: null, pairingCodeHash: null }).where(where),
    auditInsert(deps, { actor, communityId, action: "kiosk.revoke", entity: "kiosk", entityId: kioskId }),
  ]);
  return { id: kioskId, revoked: true as const };
}
