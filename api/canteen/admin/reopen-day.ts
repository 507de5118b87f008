import { and, eq } from "drizzle-orm";
import { canteenClosures } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { DomainError } from "../../shared/errors";

/** Opens a closed date again. */
export async function reopenDay(
  deps: Deps,
  { actor, communityId, date }: { actor: StaffPrincipal; communityId: string; date: string },
) {
  const { db } = deps;
  const where = and(eq(canteenClosures.communityId, communityId), eq(canteenClosures.serviceDate, date));
  const [closure] = await db.select().from(canteenClosures).where(where).limit(1);
  if (!closure) throw new DomainError("not_found", "NOT_FOUND", "This date is not closed");
  await db.batch([
    db.delete(canteenClosures).where(where),
    auditInsert(deps, {
      actor,
      communityId,
      action: "canteen.reopen_day",
      entity: "canteen_day",
      entityId: date,
      before: { reason: closure.reason },
    }),
  ]);
  return { date, closed: false as const };
}
