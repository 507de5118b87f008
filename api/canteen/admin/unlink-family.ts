import { and, eq } from "drizzle-orm";
import { residentLinks } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { notFound } from "../../shared/errors";
import { assertResidents } from "./link-family";

/** Ends a family link: the family member can no longer order for the elder. */
export async function unlinkFamily(
  deps: Deps,
  {
    actor,
    communityId,
    link,
  }: { actor: StaffPrincipal; communityId: string; link: { elderId: string; familyId: string } },
) {
  const { db } = deps;
  await assertResidents(deps, { communityId, ids: [link.elderId, link.familyId] });
  const where = and(eq(residentLinks.elderId, link.elderId), eq(residentLinks.familyId, link.familyId));
  const [existing] = await db.select().from(residentLinks).where(where).limit(1);
  if (!existing) throw notFound("Link");
  await db.batch([
    db.delete(residentLinks).where(where),
    auditInsert(deps, {
      actor,
      communityId,
      action: "resident_link.delete",
      entity: "resident",
      entityId: link.elderId,
      before: { familyId: link.familyId },
    }),
  ]);
  return { ...link, removed: true as const };
}
