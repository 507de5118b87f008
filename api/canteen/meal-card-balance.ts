import type { Deps } from "../shared/context";
import { and, desc, eq, sql } from "drizzle-orm";
import { mealCardEntries, residents } from "../../db/schema";
import { notFound } from "../shared/errors";

/** The balance is the sum of the ledger, never a stored number. */
export async function mealCardBalance({ db }: Pick<Deps, "db">, { residentId }: { residentId: string }) {
  const [row] = await db.all<{ balance: number }>(sql`SELECT ${balanceOf(residentId)} AS balance`);
  return Number(row?.balance ?? 0);
}

/**
 * The balance as an SQL expression, so a batch that writes to the card can read it back in the
 * same transaction (an order's answer). Plain SQL, as it is built on every order.
 */
export const balanceOf = (residentId: string) =>
  sql<number>`(SELECT coalesce(sum(amount_fen), 0) FROM meal_card_entries WHERE resident_id = ${residentId})`;

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
