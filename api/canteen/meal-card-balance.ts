import type { Db } from "../../db/client";
import type { Deps } from "../shared/context";
import { and, desc, eq, sql } from "drizzle-orm";
import { mealCardEntries, residents } from "../../db/schema";
import { notFound } from "../shared/errors";

/** The balance is the sum of the ledger, never a stored number. */
export async function mealCardBalance({ db }: Pick<Deps, "db">, { residentId }: { residentId: string }) {
  const [row] = await balanceQuery(db, residentId);
  return Number(row?.balance ?? 0);
}

/** The balance as a query, so a batch that writes to the card can read it back in the same transaction. */
export const balanceQuery = (db: Db, residentId: string) =>
  db
    .select({ balance: sql<number>`coalesce(sum(${mealCardEntries.amountFen}), 0)` })
    .from(mealCardEntries)
    .where(eq(mealCardEntries.residentId, residentId));

/** A resident's card as the desk sees it: balance and latest entries, within one community. */
export async function getMealCard(
  { db }: Pick<Deps, "db">,
  { communityId, residentId }: { communityId: string; residentId: string },
) {
  const [resident] = await db
    .select({ id: residents.id })
    .from(residents)
    .where(and(eq(residents.id, residentId), eq(residents.communityId, communityId)))
    .limit(1);
  if (!resident) throw notFound("Resident");
  const entries = await db
    .select()
    .from(mealCardEntries)
    .where(eq(mealCardEntries.residentId, residentId))
    .orderBy(desc(mealCardEntries.createdAt))
    .limit(50);
  return {
    balanceFen: await mealCardBalance({ db }, { residentId }),
    entries: entries.map(({ id, amountFen, kind, method, note, createdAt }) => ({
      id,
      amountFen,
      kind,
      method,
      note,
      createdAt: createdAt.toISOString(),
    })),
  };
}
