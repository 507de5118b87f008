import { sql } from "drizzle-orm";
import { funds } from "../../db/schema";

/**
 * A fund's budget for a month, in a select from funds: the month's own (fund_budgets), else the
 * fund's default monthly budget; null is no cap. The budget trigger reads the same rule
 * (db/migrations, "fund_budget_triggers").
 */
export const budgetOfMonth = (month: string) =>
  sql<
    number | null
  >`coalesce((SELECT b.budget_fen FROM fund_budgets b WHERE b.fund_id = ${funds.id} AND b.month = ${month}), ${funds.monthlyBudgetFen})`.mapWith(
    (v: unknown) => (v === null ? null : Number(v)),
  );
