import { and, eq } from "drizzle-orm";
import { facilities, kiosks } from "../../db/schema";
import { auditInsert } from "../staff/audit";
import type { Deps, StaffPrincipal } from "../shared/context";
import { sha256, newId } from "../shared/crypto";
import { notFound } from "../shared/errors";

export const PAIRING_CODE_TTL_MS = 10 * 60_000;

/** An eight-digit code: typed once by staff on the kiosk's number pad, valid for ten minutes. */
export function newPairingCode() {
  const [n] = crypto.getRandomValues(new Uint32Array(1));
  return String((n ?? 0) % 100_000_000).padStart(8, "0");
}

export async function createKiosk(
  deps: Deps,
  {
    actor,
    communityId,
    ...input
  }: { actor: StaffPrincipal; communityId: string } & { name: string; facilityId: string },
) {
  const { db, clock } = deps;
  const [facility] = await db
    .select({ id: facilities.id })
    .from(facilities)
    .where(and(eq(facilities.id, input.facilityId), eq(facilities.communityId, communityId)))
    .limit(1);
  if (!facility) throw notFound("Facility");
  const code = newPairingCode();
  const now = clock.now();
  const row = {
    id: newId(),
    communityId,
    facilityId: facility.id,
    name: input.name.trim(),
    pairingCodeHash: await sha256(code),
    pairingExpiresAt: new Date(now.getTime() + PAIRING_CODE_TTL_MS),
    createdAt: now,
  };
  await db.batch([
    db.insert(kiosks).values(row),
    auditInsert(deps, {
      actor,
      communityId,
      action: "kiosk.create",
      entity: "kiosk",
      entityId: row.id,
      after: { name: row.name, facilityId: row.facilityId },
    }),
  ]);
  return {
    id: row.id,
    name: row.name,
    facilityId: row.facilityId,
    pairingCode: code,
    pairingExpiresAt: row.pairingExpiresAt.toISOString(),
  };
}
