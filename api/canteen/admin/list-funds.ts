import { asc, eq, sql } from "drizzle-orm";
import { funds } from "../../../db/schema";
import type { Deps } from "../../shared/context";
import { fundUsage } from "../canteen-day";
import { communityToday } from "./dates";

/** The community's funds with this month's budget and what orders have already committed. */
export async function listFunds({ db, clock }: Deps, { communityId }: { communityId: string }) {
  const month = (await communityToday({ db, clock }, { communityId })).slice(0, 7);
  const [rows, usage] = await Promise.all([
    // In the order the community set them up: the main fund first.
    db.select().from(funds).where(eq(funds.communityId, communityId)).orderBy(asc(funds.createdAt), sql`rowid`),
    fundUsage({ db }, { communityId, month }),
  ]);
  return {
    month,
    items: rows.map((f) => ({
      id: f.id,
      code: f.code,
      name: f.name,
      monthlyBudgetFen: f.monthlyBudgetFen,
      usedFen: usage.get(f.id) ?? 0,
    })),
  };
}
