import type { Deps } from "../../shared/context";
import { asc, eq } from "drizzle-orm";
import { residentLinks, residents } from "../../../db/schema";

/** The canteen's flags on each resident (delivery) and the family links, for the residents page. */
export async function listCanteenResidents({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
  const [flags, links] = await Promise.all([
    db
      .select({ id: residents.id, deliveryEligible: residents.deliveryEligible })
      .from(residents)
      .where(eq(residents.communityId, communityId))
      .orderBy(asc(residents.name)),
    db
      .select({ elderId: residentLinks.elderId, familyId: residentLinks.familyId })
      .from(residentLinks)
      .innerJoin(residents, eq(residents.id, residentLinks.elderId))
      .where(eq(residents.communityId, communityId))
      .orderBy(asc(residentLinks.createdAt)),
  ]);
  return { residents: flags, links };
}
