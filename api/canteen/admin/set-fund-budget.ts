import { eq } from "drizzle-orm";
import { funds } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { findInCommunity } from "../../shared/find-in-community";

/**
 * Sets a fund's monthly budget (null: no cap). A budget below what is already used this month
 * is allowed: the fund is then exhausted and the kiosk prices without it, as the street office
 * expects when it cuts a budget; past subsidies are never taken back.
 */
export async function setFundBudget(
  deps: Deps,
  {
    actor,
    communityId,
    fundId,
    monthlyBudgetFen,
  }: { actor: StaffPrincipal; communityId: string; fundId: string; monthlyBudgetFen: number | null },
) {
  const { db } = deps;
  const fund = await findInCommunity(deps, funds, { id: fundId, communityId }, "Fund");
  const where = eq(funds.id, fundId);
  await db.batch([
    db.update(funds).set({ monthlyBudgetFen }).where(where),
    auditInsert(deps, {
      actor,
      communityId,
      action: "fund.budget",
      entity: "fund",
      entityId: fundId,
      before: { monthlyBudgetFen: fund.monthlyBudgetFen },
      after: { monthlyBudgetFen },
    }),
  ]);
  return { id: fundId, code: fund.code, name: fund.name, monthlyBudgetFen };
}
