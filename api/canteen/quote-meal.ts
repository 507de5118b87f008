import type { ResidentGroup } from "../../db/schema";
import { ageOn } from "../shared/time";
import type { CanteenDay, Sitting } from "./canteen-day";
import { priceMeal, type Price } from "./rules";

export type Diner = { birthDate: string; groups: ResidentGroup[] };

/**
 * The price a person pays today, leaving out any fund whose budget for the month cannot cover its
 * share (the kiosk then says so). Removing one fund can change the others' shares, so this
 * repeats until every share fits. A person's second meal at a sitting is not subsidised.
 */
export function quoteMeal(
  day: CanteenDay,
  sitting: Sitting,
  diner: Diner,
  usage: Map<string, number>,
  subsidised = true,
): Price & { exhaustedFunds: string[] } {
  const listPriceFen = day.policy.rules.listPriceFen[sitting.name];
  if (!subsidised) return { listPriceFen, subsidies: [], payFen: listPriceFen, savedFen: 0, exhaustedFunds: [] };
  const person = { age: ageOn(diner.birthDate, day.serviceDate), groups: diner.groups };
  const budgetLeft = (code: string) => {
    const fund = day.funds.find((f) => f.code === code);
    if (!fund) return 0; // a rule naming an unknown fund pays nothing rather than inventing money
    return fund.budgetFen === null ? Infinity : fund.budgetFen - (usage.get(fund.id) ?? 0);
  };
  const exhausted = new Set<string>();
  for (;;) {
    const price = priceMeal(day.policy.rules, sitting.name, person, exhausted);
    const short = price.subsidies.find((s) => s.amountFen > budgetLeft(s.fundCode));
    if (!short) return { ...price, exhaustedFunds: [...exhausted] };
    exhausted.add(short.fundCode);
  }
}
