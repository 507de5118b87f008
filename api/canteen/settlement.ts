import type { Deps } from "../shared/context";
import { and, asc, eq, sql } from "drizzle-orm";
import { funds, mealOrders, orderSubsidies, residents } from "../../db/schema";
import { notFound } from "../shared/errors";
import { budgetOfMonth } from "./fund-budget";

// The age bracket as SQL over the age recorded with the order (the claim's evidence).
const bracket = sql<string>`CASE WHEN t.diner_age < 12 THEN 'under_12' WHEN t.diner_age < 60 THEN '12_59' WHEN t.diner_age < 70 THEN '60_69'
  WHEN t.diner_age < 80 THEN '70_79' WHEN t.diner_age < 90 THEN '80_89' ELSE '90_plus' END`;

/**
 * A fund's monthly claim to the street office: meals and amounts by age bracket, by group and
 * by day, from the claim tally the database keeps (cancelled orders already taken out).
 */
export async function monthlySettlement(
  { db }: Pick<Deps, "db">,
  { communityId, month, fundCode }: { communityId: string; month: string; fundCode: string },
) {
  const [fund] = await db
    .select({ id: funds.id, code: funds.code, name: funds.name, budgetFen: budgetOfMonth(month) })
    .from(funds)
    .where(and(eq(funds.communityId, communityId), eq(funds.code, fundCode)))
    .limit(1);
  if (!fund) throw notFound("Fund");
  const scope = sql`FROM fund_claim_tally t WHERE t.fund_id = ${fund.id} AND t.month = ${month} AND t.meals > 0`;
  const [totals, byBracket, byGroup, byDay] = await Promise.all([
    db.all<{ meals: number; amount: number }>(
      sql`SELECT coalesce(sum(t.meals), 0) AS meals, coalesce(sum(t.amount_fen), 0) AS amount ${scope}`,
    ),
    db.all<{ key: string; meals: number; amount: number }>(
      sql`SELECT ${bracket} AS key, sum(t.meals) AS meals, sum(t.amount_fen) AS amount ${scope} GROUP BY key ORDER BY key`,
    ),
    db.all<{ key: string; meals: number; amount: number }>(sql`
      SELECT g.value AS key, sum(t.meals) AS meals, sum(t.amount_fen) AS amount
      FROM fund_claim_tally t, json_each(t.diner_groups) g
      WHERE t.fund_id = ${fund.id} AND t.month = ${month} AND t.meals > 0 GROUP BY key ORDER BY key`),
    db.all<{ key: string; meals: number; amount: number }>(
      sql`SELECT t.service_date AS key, sum(t.meals) AS meals, sum(t.amount_fen) AS amount ${scope} GROUP BY key ORDER BY key`,
    ),
  ]);
  const rows = (xs: { key: string; meals: number; amount: number }[]) =>
    xs.map((r) => ({ key: r.key, meals: Number(r.meals), amountFen: Number(r.amount) }));
  return {
    fund: { code: fund.code, name: fund.name, budgetFen: fund.budgetFen },
    month,
    meals: Number(totals[0]?.meals ?? 0),
    amountFen: Number(totals[0]?.amount ?? 0),
    byBracket: rows(byBracket),
    byGroup: rows(byGroup),
    byDay: rows(byDay),
  };
}

/** The orders behind a claim, one line each, for the CSV the street office checks. */
export async function settlementEvidence(
  { db }: Pick<Deps, "db">,
  { communityId, month, fundCode }: { communityId: string; month: string; fundCode: string },
) {
  return db
    .select({
      orderId: mealOrders.id,
      serviceDate: mealOrders.serviceDate,
      sitting: mealOrders.sitting,
      ticketNo: mealOrders.ticketNo,
      residentName: residents.name,
      dinerAge: mealOrders.dinerAge,
      dinerGroups: mealOrders.dinerGroups,
      listPriceFen: mealOrders.listPriceFen,
      payFen: mealOrders.payFen,
      subsidyFen: orderSubsidies.amountFen,
      ruleId: orderSubsidies.ruleId,
      policyVersion: mealOrders.policyVersion,
      identifiedBy: mealOrders.identifiedBy,
      kioskId: mealOrders.kioskId,
    })
    .from(orderSubsidies)
    .innerJoin(mealOrders, eq(mealOrders.id, orderSubsidies.orderId))
    .innerJoin(funds, eq(funds.id, orderSubsidies.fundId))
    .innerJoin(residents, eq(residents.id, mealOrders.residentId))
    .where(
      and(
        eq(funds.communityId, communityId),
        eq(funds.code, fundCode),
        eq(orderSubsidies.month, month),
        sql`${mealOrders.status} <> 'cancelled'`,
      ),
    )
    .orderBy(asc(mealOrders.serviceDate), asc(mealOrders.sitting), asc(mealOrders.ticketNo));
}
