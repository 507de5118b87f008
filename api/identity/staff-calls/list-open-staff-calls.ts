import type { Deps } from "../../shared/context";
import { and, asc, eq, isNull } from "drizzle-orm";
import { facilities, kiosks, staffCalls } from "../../../db/schema";

export async function listOpenStaffCalls({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
  const rows = await db
    .select({
      id: staffCalls.id,
      raisedAt: staffCalls.raisedAt,
      sos: staffCalls.sos,
      kioskId: kiosks.id,
      kioskName: kiosks.name,
      facilityKind: facilities.kind,
    })
    .from(staffCalls)
    .innerJoin(kiosks, eq(kiosks.id, staffCalls.kioskId))
    .innerJoin(facilities, eq(facilities.id, kiosks.facilityId))
    .where(and(eq(staffCalls.communityId, communityId), isNull(staffCalls.resolvedAt)))
    .orderBy(asc(staffCalls.raisedAt));
  return rows.map((r) => ({ ...r, raisedAt: r.raisedAt.toISOString() }));
}
