import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";

/** The balance is the sum of the ledger, never a stored number. */
export async function mealCardBalance(db: Db, residentId: string) {
  const [row] = await db.all<{ balance: number }>(sql`SELECT coalesce(sum(amount_fen), 0) AS balance FROM meal_card_entries WHERE resident_id = ${residentId}`);
  return Number(row?.balance ?? 0);
}
