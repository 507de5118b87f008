import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { facilities } from "../../db/schema";

export async function listFacilities(db: Db, communityId: string) {
  const rows = await db
    .select()
    .from(facilities)
    .where(eq(facilities.communityId, communityId))
    .orderBy(asc(facilities.kind));
  return rows.map(({ id, kind, name, location, openingHours, capacity }) => ({
    id,
    kind,
    name,
    location,
    openingHours,
    capacity,
  }));
}
