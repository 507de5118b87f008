import { sql } from "drizzle-orm";
import { facilityClosures } from "../../../db/schema";
import { auditInsertIf } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { DomainError } from "../../shared/errors";
import { zonedInstant } from "../../shared/time";
import { cancellationOutcome, cancellationStatements, cancelledHoldersJson } from "./cancellation";
import { closureView } from "./list-closures";
import { loadManagedFacility, type ManagedFacility } from "./load-facility";
import { newId } from "../../shared/crypto";

export type ClosureInput = { facilityId: string; from: string; to: string; reason: string };

/**
 * Close a facility for a while (a holiday, repairs, an exam day), the one way for all four. In one
 * batch: the closure, every booking inside it cancelled with a notice its holder sees at the kiosk,
 * the canteen's orders with their meal-card payments and the baby room's free sessions given back,
 * every place in line cancelled, and the audit line. People already inside are left to staff.
 * The booking engine refuses any booking that overlaps a closure, so none slips in afterwards.
 */
export async function addFacilityClosure(
  deps: Deps,
  { actor, communityId, ...input }: { actor: StaffPrincipal; communityId: string } & ClosureInput,
) {
  const facility = await loadManagedFacility(deps, { actor, communityId, facilityId: input.facilityId });
  const at = (local: string) => zonedInstant(local.slice(0, 10), local.slice(11, 16), facility.timeZone);
  return closeFacility(deps, { actor, facility, startsAt: at(input.from), endsAt: at(input.to), reason: input.reason });
}

/** The closure itself, for a facility already loaded and checked (the baby room's own route uses it too). */
export async function closeFacility(
  deps: Deps,
  {
    actor,
    facility,
    startsAt,
    endsAt,
    reason,
  }: { actor: StaffPrincipal; facility: ManagedFacility; startsAt: Date; endsAt: Date; reason: string },
) {
  const { db, clock } = deps;
  const communityId = facility.communityId;
  if (endsAt <= startsAt) throw new DomainError("unprocessable", "INVALID_RANGE", "A closure must end after it starts");
  if (endsAt <= clock.now()) throw new DomainError("unprocessable", "DATE_IN_PAST", "This closure is over already");
  const now = clock.now();
  const id = newId();
  const [start, end] = [startsAt.getTime(), endsAt.getTime()];
  const cancellation = {
    facility,
    which: sql`starts_at < ${end} AND ends_at > ${start}`,
    notice: { kind: "cancelled" as const, reason, closureId: id },
    at: now,
  };
  const row = { id, facilityId: facility.id, startsAt, endsAt, reason };
  const view = closureView(row, facility);
  await db.batch([
    db.insert(facilityClosures).values({ ...row, communityId, createdAt: now }),
    ...cancellationStatements({ db }, cancellation),
    db.run(sql`UPDATE waitlist_entries SET status = 'cancelled'
      WHERE facility_id = ${facility.id} AND status IN ('waiting', 'offered') AND starts_at < ${end} AND ends_at > ${start}`),
    // After the cancellations, so the line records whom they touched: the count and the holders.
    auditInsertIf(deps, {
      actor,
      communityId,
      action: `${facility.kind}.add_closure`,
      entity: "closure",
      entityId: id,
      after: sql`json_patch(json_object('facility', ${facility.name}, 'from', ${view.from}, 'to', ${view.to}, 'reason', ${reason}), ${cancelledHoldersJson(cancellation)})`,
      condition: sql`1 = 1`,
    }),
  ]);
  return { ...view, ...(await cancellationOutcome({ db }, cancellation)) };
}
