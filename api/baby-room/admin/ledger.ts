import { allowanceEntries, children } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { findInCommunity } from "../../shared/find-in-community";
import { raisedCode } from "../../shared/db-errors";
import { DomainError } from "../../shared/errors";
import { localDate } from "../../shared/time";
import { currentBalance, ledgerOf } from "../allowance";
import { loadBabyRoom } from "../load-baby-room";
import { allowanceBalance, periodOf } from "../rules";
import { newId } from "../../shared/crypto";

const childOf = (deps: Deps, communityId: string, childId: string) =>
  findInCommunity(deps, children, { id: childId, communityId }, "Child");

/** A child's ledger with the current period's balance (the sum of its entries). */
export async function childLedger(deps: Deps, { communityId, childId }: { communityId: string; childId: string }) {
  const room = await loadBabyRoom(deps, { communityId });
  const child = await childOf(deps, communityId, childId);
  const period = periodOf(localDate(deps.clock.now(), room.timeZone), room.policy.periodMonths);
  await currentBalance(deps, { room, childId, period: period.start });
  const entries = await ledgerOf(deps, { childId });
  return {
    child: { id: child.id, name: child.name, birthDate: child.birthDate },
    period: period.start,
    periodEnds: period.end,
    balance: allowanceBalance(entries, period.start),
    entries: entries.map((e) => ({
      id: e.id,
      period: e.period,
      kind: e.kind,
      amount: e.amount,
      bookingId: e.bookingId,
      reason: e.reason,
      staffId: e.staffId,
      createdAt: e.createdAt.toISOString(),
    })),
  };
}

/** Staff add or take away free sessions in the current period, with a reason; never below zero. */
export async function adjustAllowance(
  deps: Deps,
  {
    actor,
    communityId,
    childId,
    ...input
  }: { actor: StaffPrincipal; communityId: string; childId: string } & {
    amount: number;
    reason: string;
    idempotencyKey: string;
  },
) {
  const { db, clock } = deps;
  const room = await loadBabyRoom({ db }, { communityId });
  await childOf(deps, communityId, childId);
  const period = periodOf(localDate(clock.now(), room.timeZone), room.policy.periodMonths).start;
  await currentBalance(deps, { room, childId, period });
  const id = newId();
  try {
    await db.batch([
      db
        .insert(allowanceEntries)
        .values({
          id,
          communityId,
          facilityId: room.facility.id,
          childId,
          period,
          kind: "adjust",
          amount: input.amount,
          reason: input.reason,
          staffId: actor.id,
          idempotencyKey: `adjust:${input.idempotencyKey}`,
          createdAt: clock.now(),
        })
        .onConflictDoNothing(),
      auditInsert(deps, {
        actor,
        communityId,
        action: "baby_room.adjust_allowance",
        entity: "child",
        entityId: childId,
        after: { amount: input.amount, reason: input.reason, period },
      }),
    ]);
  } catch (err) {
    if (raisedCode(err, ["ALLOWANCE_EXHAUSTED"] as const))
      throw new DomainError("conflict", "ALLOWANCE_EXHAUSTED", "That would take the balance below zero");
    throw err;
  }
  return childLedger(deps, { communityId, childId });
}
