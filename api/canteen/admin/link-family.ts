import { inJsonList } from "../../../db/json-list";
import { and, eq } from "drizzle-orm";
import { residentLinks, residents } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { isUniqueViolation } from "../../shared/db-errors";
import { DomainError } from "../../shared/errors";

/** Both people must be residents of this community: a link never reaches into another one. */
export async function assertResidents(deps: Deps, { communityId, ids }: { communityId: string; ids: string[] }) {
  const found = await deps.db
    .select({ id: residents.id })
    .from(residents)
    .where(and(eq(residents.communityId, communityId), inJsonList(residents.id, ids)));
  if (found.length !== new Set(ids).size)
    throw new DomainError("unprocessable", "RESIDENT_UNKNOWN", "Both people must be residents of this community");
}

/** Lets a family member (with their own pass) order meals for an elder at the kiosk. */
export async function linkFamily(
  deps: Deps,
  {
    actor,
    communityId,
    link,
  }: { actor: StaffPrincipal; communityId: string; link: { elderId: string; familyId: string } },
) {
  const { db, clock } = deps;
  await assertResidents(deps, { communityId, ids: [link.elderId, link.familyId] });
  try {
    await db.batch([
      db.insert(residentLinks).values({ ...link, createdAt: clock.now() }),
      auditInsert(deps, {
        actor,
        communityId,
        action: "resident_link.create",
        entity: "resident",
        entityId: link.elderId,
        after: { familyId: link.familyId },
      }),
    ]);
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError("conflict", "LINK_EXISTS", "These two are already linked");
    throw err;
  }
  return link;
}
