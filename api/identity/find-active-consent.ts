import type { Deps } from "../shared/context";
import { faceConsents } from "../../db/schema";
import { inForceFor } from "./in-force";
import type { PersonRef } from "../people/find-person";

export async function findActiveConsent(
  { db }: Pick<Deps, "db">,
  { communityId, who }: { communityId: string; who: PersonRef },
) {
  const [row] = await db
    .select()
    .from(faceConsents)
    .where(inForceFor(faceConsents, faceConsents.withdrawnAt, { communityId, who }))
    .limit(1);
  return row ?? null;
}
