import { and, asc, eq } from "drizzle-orm";
import { menuItems, type SittingName } from "../../../db/schema";
import { insertRows } from "../../../db/insert-rows";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { communityToday, refusePast } from "./dates";
import { newId } from "../../shared/crypto";

/** Replaces one sitting's dishes on one date: the old list goes and the new one lands together. */
export async function setMenu(
  deps: Deps,
  {
    actor,
    communityId,
    date,
    sitting,
    dishes,
  }: { actor: StaffPrincipal; communityId: string; date: string; sitting: SittingName; dishes: string[] },
) {
  const { db, clock } = deps;
  refusePast(date, await communityToday({ db, clock }, { communityId }));
  const where = and(
    eq(menuItems.communityId, communityId),
    eq(menuItems.serviceDate, date),
    eq(menuItems.sitting, sitting),
  );
  const before = (
    await db.select({ name: menuItems.name }).from(menuItems).where(where).orderBy(asc(menuItems.position))
  ).map((m) => m.name);
  const now = clock.now();
  const rows = dishes.map((name, position) => ({
    id: newId(),
    communityId,
    serviceDate: date,
    sitting,
    name,
    position,
    createdAt: now,
  }));
  await db.batch([
    db.delete(menuItems).where(where),
    ...insertRows(db, menuItems, rows),
    auditInsert(deps, {
      actor,
      communityId,
      action: "menu.set",
      entity: "menu",
      entityId: `${date}/${sitting}`,
      before: { dishes: before },
      after: { dishes },
    }),
  ]);
  return { date, sitting, dishes };
}
