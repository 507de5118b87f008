import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { couriers } from "../../db/schema";
import type { Deps, StaffPrincipal } from "../shared/context";
import { DomainError, notFound } from "../shared/errors";
import { auditInsert } from "../staff/audit";
import { loadStation } from "./load-station";
import { canApply, courierStatus, type RegistrationAct } from "./rules";

const refusals: Record<RegistrationAct, string> = {
  verify: "Only a pending registration can be verified",
  suspend: "Only a verified courier can be suspended",
  reinstate: "Only a suspended courier can be reinstated",
};

/**
 * The keeper verifies a registration (rider present, ID seen and not stored), suspends a pass or
 * reinstates it, always with a reason. The change is a guarded UPDATE and its audit row is in the
 * same batch; the guard repeats the rule in SQL, so two keepers acting at once change it once.
 */
export async function reviewCourier(
  deps: Deps,
  {
    actor,
    communityId,
    courierId,
    ...input
  }: { actor: StaffPrincipal; communityId: string; courierId: string } & { act: RegistrationAct; reason: string },
) {
  const { db, clock } = deps;
  const now = clock.now();
  const station = await loadStation({ db }, { communityId });
  const where = and(eq(couriers.communityId, communityId), eq(couriers.id, courierId));
  const [current] = await db.select().from(couriers).where(where);
  if (!current) throw notFound("Courier");
  const before = courierStatus(current, now, station.settings.pendingExpiryDays);
  if (!canApply(input.act, before)) {
    const code = before === "expired" ? "REGISTRATION_EXPIRED" : "WRONG_STATUS";
    throw new DomainError("conflict", code, refusals[input.act], undefined, { status: before });
  }
  const change = {
    verify: { set: { verifiedAt: now }, guard: and(isNull(couriers.verifiedAt), isNull(couriers.suspendedAt)) },
    suspend: { set: { suspendedAt: now }, guard: and(isNotNull(couriers.verifiedAt), isNull(couriers.suspendedAt)) },
    reinstate: { set: { suspendedAt: null }, guard: isNotNull(couriers.suspendedAt) },
  }[input.act];
  const after = { verify: "verified", suspend: "suspended", reinstate: "verified" }[input.act];
  const [updated] = await db.batch([
    db.update(couriers).set(change.set).where(and(where, change.guard)).returning({ id: couriers.id }),
    auditInsert(deps, {
      actor,
      communityId,
      action: `courier.${input.act}`,
      entity: "courier",
      entityId: courierId,
      before: { status: before },
      after: { status: after, reason: input.reason },
    }),
  ]);
  if (updated.length === 0) throw new DomainError("conflict", "WRONG_STATUS", refusals[input.act]);
  return { id: courierId, status: after as "verified" | "suspended" };
}
