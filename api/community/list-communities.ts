import { asc, eq } from "drizzle-orm";
import { communities } from "../../db/schema";
import type { Deps, StaffPrincipal } from "../shared/context";

/** The communities a staff member may act in: their own, or every one in a district admin's district. */
export async function listCommunities({ db }: Deps, { who }: { who: StaffPrincipal }) {
  const where =
    who.role === "district_admin"
      ? eq(communities.districtId, who.districtId)
      : eq(communities.id, who.communityId ?? "");
  const rows = await db.select().from(communities).where(where).orderBy(asc(communities.name));
  return rows.map(({ id, name, timeZone }) => ({ id, name, timeZone }));
}
