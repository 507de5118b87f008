import { and, asc, eq, gte, lte } from "drizzle-orm";
import type { Deps } from "../../shared/context";
import { menuItems, sittingNames } from "../../../db/schema";
import { canteenClosuresBetween } from "../canteen-closures";
import { communityToday, weekOf } from "./dates";

/** Seven days of dishes per sitting, and which days are closed, from a date. */
export async function listMenuWeek({ db, clock }: Deps, { communityId, from }: { communityId: string; from: string }) {
  const days = weekOf(from);
  const range = (col: typeof menuItems.serviceDate) => and(gte(col, days[0]!), lte(col, days[6]!));
  const [items, closures, today] = await Promise.all([
    db
      .select()
      .from(menuItems)
      .where(and(eq(menuItems.communityId, communityId), range(menuItems.serviceDate)))
      .orderBy(asc(menuItems.position)),
    canteenClosuresBetween({ db }, { communityId, from: days[0]!, to: days[6]! }),
    communityToday({ db, clock }, { communityId }),
  ]);
  return {
    from,
    today,
    days: days.map((date) => ({
      date,
      closed: closures.on(date)[0]?.reason ?? null,
      dishes: Object.fromEntries(
        sittingNames.map((s) => [s, items.filter((m) => m.serviceDate === date && m.sitting === s).map((m) => m.name)]),
      ) as Record<(typeof sittingNames)[number], string[]>,
    })),
  };
}
