import type { Deps } from "../shared/context";
import { asc, eq } from "drizzle-orm";
import { facilities } from "../../db/schema";

export async function listFacilities({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
  const rows = await db
    .select()
    .from(facilities)
    .where(eq(facilities.communityId, communityId))
    .orderBy(asc(facilities.kind));
  return rows.map(facilityView);
}

/** A facility as staff receive it. */
export const facilityView = (f: typeof facilities.$inferSelect) => ({
  id: f.id,
  kind: f.kind,
  name: f.name,
  location: f.location,
  openingHours: f.openingHours,
  capacity: f.capacity,
});
