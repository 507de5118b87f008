import type { Deps } from "../shared/context";
import { asc, eq } from "drizzle-orm";
import { facilities, kiosks } from "../../db/schema";
import { isoOrNull } from "../shared/time";

export async function listKiosks({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
  const rows = await db
    .select({ kiosk: kiosks, facilityKind: facilities.kind })
    .from(kiosks)
    .innerJoin(facilities, eq(facilities.id, kiosks.facilityId))
    .where(eq(kiosks.communityId, communityId))
    .orderBy(asc(kiosks.name));
  return rows.map(({ kiosk: k, facilityKind }) => ({
    id: k.id,
    name: k.name,
    facilityId: k.facilityId,
    facilityKind,
    state: k.revokedAt ? ("revoked" as const) : k.pairedAt ? ("paired" as const) : ("awaiting_pairing" as const),
    lastSeenAt: isoOrNull(k.lastSeenAt),
    appVersion: k.appVersion,
    lastError: k.lastError ? { message: k.lastError, at: isoOrNull(k.lastErrorAt) } : null,
  }));
}
