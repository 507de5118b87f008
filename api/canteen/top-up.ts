import { mealCardEntries, residents } from "../../db/schema";
import { auditInsert } from "../staff/audit";
import type { Deps, StaffPrincipal } from "../shared/context";
import { findInCommunity } from "../shared/find-in-community";
import { isUniqueViolation, raisedCode } from "../shared/db-errors";
import { DomainError } from "../shared/errors";
import { mealCardBalance } from "./meal-card-balance";
import { newId } from "../shared/crypto";

export type CardEntryInput = {
  residentId: string;
  amountFen: number;
  kind: "top_up" | "correction";
  method: "cash" | "transfer";
  note?: string;
  idempotencyKey: string;
};

/**
 * Money taken at the desk, or a correction, as a new ledger entry recorded with who took it.
 * A correction may be negative; the overdraft trigger still holds. The same key twice is one entry.
 */
export async function recordCardEntry(
  deps: Deps,
  { actor, communityId, ...input }: { actor: StaffPrincipal; communityId: string } & CardEntryInput,
) {
  const { db, clock } = deps;
  await findInCommunity(deps, residents, { id: input.residentId, communityId }, "Resident");
  if (input.kind === "top_up" && input.amountFen <= 0)
    throw new DomainError("unprocessable", "TOP_UP_NOT_POSITIVE", "A top-up must be more than zero");
  const id = newId();
  try {
    await db.batch([
      db.insert(mealCardEntries).values({
        id,
        communityId,
        residentId: input.residentId,
        amountFen: input.amountFen,
        kind: input.kind,
        method: input.method,
        note: input.note ?? null,
        recordedBy: actor.id,
        idempotencyKey: `desk:${input.idempotencyKey}`,
        createdAt: clock.now(),
      }),
      auditInsert(deps, {
        actor,
        communityId,
        action: `meal_card.${input.kind}`,
        entity: "resident",
        entityId: input.residentId,
        after: { amountFen: input.amountFen, method: input.method },
      }),
    ]);
  } catch (err) {
    if (raisedCode(err, ["INSUFFICIENT_BALANCE"])) {
      throw new DomainError("conflict", "INSUFFICIENT_BALANCE", "A correction may not take the balance below zero");
    }
    if (!isUniqueViolation(err)) throw err; // the same desk entry sent twice: already recorded
  }
  return { residentId: input.residentId, balanceFen: await mealCardBalance({ db }, { residentId: input.residentId }) };
}
