import { and, asc, eq, sql } from "drizzle-orm";
import { allowanceEntries } from "../../db/schema";
import type { Deps } from "../shared/context";
import type { BabyRoom } from "./load-baby-room";
import { newId } from "../shared/crypto";

/**
 * The period's grant, written the first time the period is needed (a booking, a balance shown):
 * once per child and period, whoever asks first, by its idempotency key.
 */
export function grantStatement(
  { db, clock }: Pick<Deps, "db" | "clock">,
  { room, childId, period }: { room: BabyRoom; childId: string; period: string },
) {
  return db
    .insert(allowanceEntries)
    .values({
      id: newId(),
      communityId: room.facility.communityId,
      facilityId: room.facility.id,
      childId,
      period,
      kind: "grant",
      amount: room.policy.allowancePerPeriod,
      idempotencyKey: `grant:${childId}:${period}`,
      createdAt: clock.now(),
    })
    .onConflictDoNothing();
}

/** The balance of one period: the sum of the ledger, computed by the database, never stored. */
export async function allowanceBalance(
  { db }: Pick<Deps, "db">,
  { childId, period }: { childId: string; period: string },
) {
  const [row] = await db
    .select({ balance: sql<number>`coalesce(sum(${allowanceEntries.amount}), 0)` })
    .from(allowanceEntries)
    .where(and(eq(allowanceEntries.childId, childId), eq(allowanceEntries.period, period)));
  return Number(row?.balance ?? 0);
}

/** Grant if due, then the balance. */
export async function currentBalance(
  deps: Pick<Deps, "db" | "clock">,
  { room, childId, period }: { room: BabyRoom; childId: string; period: string },
) {
  await grantStatement(deps, { room, childId, period });
  return allowanceBalance(deps, { childId, period });
}

export async function ledgerOf({ db }: Pick<Deps, "db">, { childId }: { childId: string }) {
  return db
    .select()
    .from(allowanceEntries)
    .where(eq(allowanceEntries.childId, childId))
    .orderBy(asc(allowanceEntries.createdAt), asc(allowanceEntries.kind));
}
