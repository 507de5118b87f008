import type { Deps } from "../shared/context";
import { and, eq, isNull } from "drizzle-orm";
import { faceConsents } from "../../db/schema";
import type { PersonRef } from "../people/find-person";

export async function findActiveConsent(
  { db }: Pick<Deps, "db">,
  { communityId, who }: { communityId: string; who: PersonRef },
) {
  const [row] = await db
    .select()
    .from(faceConsents)
    .where(
      and(
        eq(faceConsents.communityId, communityId),
        eq(faceConsents.holderKind, who.kind),
        eq(faceConsents.holderId, who.id),
        isNull(faceConsents.withdrawnAt),
      ),
    )
    .limit(1);
  return row ?? null;
}
