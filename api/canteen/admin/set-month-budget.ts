import { and, eq, sql } from "drizzle-orm";
import { fundBudgets, funds } from "../../../db/schema";
import { assertMay } from "../../staff/guard";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { DomainError, notFound } from "../../shared/errors";
import { communityToday } from "./dates";

/**
 * Sets one fund's budget for one month (this month or later; null: the month follows the fund's
 * default monthly budget again). A past month's claim is settled and stays as it was. A budget
 * below what the month has already used is allowed: the fund is then exhausted for that month
 * and the kiosk prices without it; no subsidy already given is taken back.
 */
export async function setMonthBudget(
  deps: Deps,
  {
    actor,
    communityId,
    fundId,
    month,
    budgetFen,
  }: { actor: StaffPrincipal; communityId: string; fundId: string; month: string; budgetFen: number | null },
) {
  assertMay(actor, { facility: "canteen", action: "manage" });
  const { db } = deps;
  const [fund] = await db
    .select({
      id: funds.id,
      code: funds.code,
      name: funds.name,
      monthlyBudgetFen: funds.monthlyBudgetFen,
    })
    .from(funds)
    .where(and(eq(funds.id, fundId), eq(funds.communityId, communityId)))
    .limit(1);
  if (!fund) throw notFound("Fund");
  if (month < (await communityToday(deps, { communityId })).slice(0, 7))
    throw new DomainError("unprocessable", "DATE_IN_PAST", "This month is over; its budget stays as it was");
  const change =
    budgetFen === null
      ? db.delete(fundBudgets).where(and(eq(fundBudgets.fundId, fundId), eq(fundBudgets.month, month)))
      : db
          .insert(fundBudgets)
          .values({ communityId, fundId, month, budgetFen, updatedAt: deps.clock.now() })
          .onConflictDoUpdate({
            target: [fundBudgets.fundId, fundBudgets.month],
            set: { budgetFen, updatedAt: deps.clock.now() },
          });
  await db.batch([
    auditInsert(deps, {
      actor,
      communityId,
      action: "fund.month_budget",
      entity: "fund",
      entityId: fundId,
      // The fund and month in `after` only, so the log says them once: "2027-03, 街道…: ¥… → ¥…".
      // Read in the change's own transaction, just before it, so a concurrent edit cannot make it stale.
      before: sql`json_object('budgetFen', (SELECT b.budget_fen FROM fund_budgets b WHERE b.fund_id = ${fundId} AND b.month = ${month}))`,
      after: { fundId, month, budgetFen },
    }),
    change,
  ]);
  return {
    id: fundId,
    code: fund.code,
    name: fund.name,
    month,
    budgetFen: budgetFen ?? fund.monthlyBudgetFen,
    ownBudget: budgetFen !== null,
  };
}
