import { and, eq, gte, lte } from "drizzle-orm";
import { menuItems } from "../../../db/schema";
import { insertRows } from "../../../db/insert-rows";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { DomainError } from "../../shared/errors";
import { addDays } from "../../shared/time";
import { communityToday, weekOf } from "./dates";
import { newId } from "../../shared/crypto";

/**
 * Copies seven days of menus one week forward: each day of the next week that is today or later
 * gets the dishes of the same weekday, replacing what it had. Past days are left as they were.
 */
export async function copyMenuWeek(
  deps: Deps,
  { actor, communityId, from }: { actor: StaffPrincipal; communityId: string; from: string },
) {
  const { db, clock } = deps;
  const today = await communityToday({ db, clock }, { communityId });
  const targets = weekOf(addDays(from, 7)).filter((d) => d >= today);
  if (targets.length === 0) throw new DomainError("unprocessable", "DATE_IN_PAST", "The next week is already over");
  const source = await db
    .select()
    .from(menuItems)
    .where(
      and(
        eq(menuItems.communityId, communityId),
        gte(menuItems.serviceDate, from),
        lte(menuItems.serviceDate, addDays(from, 6)),
      ),
    );
  const now = clock.now();
  const rows = source
    .map((m) => ({ ...m, id: newId(), serviceDate: addDays(m.serviceDate, 7), createdAt: now }))
    .filter((m) => targets.includes(m.serviceDate));
  await db.batch([
    db
      .delete(menuItems)
      .where(
        and(
          eq(menuItems.communityId, communityId),
          gte(menuItems.serviceDate, targets[0]!),
          lte(menuItems.serviceDate, targets.at(-1)!),
        ),
      ),
    ...insertRows(db, menuItems, rows),
    auditInsert(deps, {
      actor,
      communityId,
      action: "menu.copy_week",
      entity: "menu",
      entityId: from,
      after: { from, to: targets[0], dishes: rows.length },
    }),
  ]);
  return { from, to: addDays(from, 7), days: targets.length, dishes: rows.length };
}
