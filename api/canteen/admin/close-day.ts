import { addFacilityClosure } from "../../booking/admin/add-closure";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { DomainError } from "../../shared/errors";
import { addDays } from "../../shared/time";
import { canteenClosuresBetween } from "../canteen-closures";
import { communityToday, refusePast } from "./dates";

/**
 * Closes the canteen for a whole local day: a facility closure like any other, so the orders
 * already placed for it are cancelled with a notice and their meal-card payments refunded in the
 * same batch, and the kiosk takes no more.
 */
export async function closeDay(
  deps: Deps,
  { actor, communityId, date, reason }: { actor: StaffPrincipal; communityId: string; date: string; reason: string },
) {
  refusePast(date, await communityToday(deps, { communityId }));
  const { canteen, wholeDay } = await canteenClosuresBetween(deps, { communityId, from: date, to: date });
  if (wholeDay(date)) throw new DomainError("conflict", "ALREADY_CLOSED", "The canteen is already closed on this date");
  const closure = await addFacilityClosure(deps, {
    actor,
    communityId,
    facilityId: canteen.id,
    from: `${date}T00:00`,
    to: `${addDays(date, 1)}T00:00`,
    reason,
  });
  return {
    date,
    reason,
    closureId: closure.id,
    ordersCancelled: closure.bookingsCancelled,
    mealCardRefundedFen: closure.mealCardRefundedFen,
  };
}
