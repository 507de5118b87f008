import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import { fundBudgets, funds } from "../../../db/schema";
import type { Deps } from "../../shared/context";
import { addMonths } from "../../shared/time";
import { budgetOfMonth } from "../fund-budget";
import { communityToday } from "./dates";

/** Months shown around this one: what was used before, and the months ahead a budget may be set for. */
export const MONTHS_BEFORE = 5;
export const MONTHS_AHEAD = 6;

/**
 * The community's funds with this month's budget and use, and each month from five before to six
 * ahead: the budget in force (the month's own or the fund's default) against what was used.
 */
export async function listFunds({ db, clock }: Deps, { communityId }: { communityId: string }) {
  const month = (await communityToday({ db, clock }, { communityId })).slice(0, 7);
  const months = Array.from({ length: MONTHS_BEFORE + 1 + MONTHS_AHEAD }, (_, i) =>
    addMonths(month, i - MONTHS_BEFORE),
  );
  const [rows, own, used] = await Promise.all([
    // In the order the community set them up: the main fund first.
    db
      .select({
        id: funds.id,
        code: funds.code,
        name: funds.name,
        monthlyBudgetFen: funds.monthlyBudgetFen,
        budgetFen: budgetOfMonth(month),
      })
      .from(funds)
      .where(eq(funds.communityId, communityId))
      .orderBy(asc(funds.createdAt), sql`rowid`),
    db
      .select()
      .from(fundBudgets)
      .where(
        and(
          eq(fundBudgets.communityId, communityId),
          gte(fundBudgets.month, months[0]!),
          lte(fundBudgets.month, months.at(-1)!),
        ),
      ),
    db.all<{ fund_id: string; month: string; used: number }>(sql`
      SELECT u.fund_id, u.month, u.amount_fen AS used FROM funds f JOIN fund_month_usage u ON u.fund_id = f.id
      WHERE f.community_id = ${communityId} AND u.month >= ${months[0]} AND u.month <= ${months.at(-1)}`),
  ]);
  const ownOf = (fundId: string, m: string) => own.find((b) => b.fundId === fundId && b.month === m);
  const usedOf = (fundId: string, m: string) =>
    Number(used.find((u) => u.fund_id === fundId && u.month === m)?.used ?? 0);
  return {
    month,
    months,
    items: rows.map((f) => ({
      ...f,
      usedFen: usedOf(f.id, month),
      byMonth: months.map((m) => {
        const set = ownOf(f.id, m);
        return {
          month: m,
          budgetFen: set ? set.budgetFen : f.monthlyBudgetFen,
          ownBudget: !!set,
          usedFen: usedOf(f.id, m),
        };
      }),
    })),
  };
}
