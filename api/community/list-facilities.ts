import type { Deps } from "../shared/context";
import { asc, eq } from "drizzle-orm";
import { facilities } from "../../db/schema";

export async function listFacilities({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
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
