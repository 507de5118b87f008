import { sql } from "drizzle-orm";
import { canteenClosures } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { isUniqueViolation } from "../../shared/db-errors";
import { DomainError } from "../../shared/errors";
import { communityToday, refusePast } from "./dates";

/**
 * Closes the canteen on a date: the kiosk takes no orders for it. Orders already placed stay
 * (they are paid and may be subsidised); the answer counts them so staff can call those people.
 */
export async function closeDay(
  deps: Deps,
  { actor, communityId, date, reason }: { actor: StaffPrincipal; communityId: string; date: string; reason: string },
) {
  const { db, clock } = deps;
  refusePast(date, await communityToday({ db, clock }, { communityId }));
  try {
    await db.batch([
      db.insert(canteenClosures).values({ communityId, serviceDate: date, reason, createdAt: clock.now() }),
      auditInsert(deps, {
        actor,
        communityId,
        action: "canteen.close_day",
        entity: "canteen_day",
        entityId: date,
        after: { reason },
      }),
    ]);
  } catch (err) {
    if (isUniqueViolation(err))
      throw new DomainError("conflict", "ALREADY_CLOSED", "The canteen is already closed on this date");
    throw err;
  }
  const [row] = await db.all<{ n: number }>(sql`
    SELECT count(*) AS n FROM meal_orders WHERE community_id = ${communityId} AND service_date = ${date} AND status <> 'cancelled'`);
  return { date, reason, ordersPlaced: Number(row?.n ?? 0) };
}
