import { removeFacilityClosure } from "../../booking/admin/remove-closure";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { DomainError } from "../../shared/errors";
import { canteenClosuresBetween } from "../canteen-closures";

/** Opens a closed date again: every canteen closure touching that day is removed (each audited). */
export async function reopenDay(
  deps: Deps,
  { actor, communityId, date }: { actor: StaffPrincipal; communityId: string; date: string },
) {
  const { on } = await canteenClosuresBetween(deps, { communityId, from: date, to: date });
  const closures = on(date);
  if (closures.length === 0) throw new DomainError("not_found", "NOT_FOUND", "This date is not closed");
  for (const c of closures) await removeFacilityClosure(deps, { actor, communityId, closureId: c.id });
  return { date, closed: false as const };
}
