import { eq } from "drizzle-orm";
import { funds } from "../../../db/schema";
import type { Deps } from "../../shared/context";
import type { PolicyRules } from "../policy-schema";
import { whoPaysWhat } from "../rules";

/** "Who pays what" for rules not yet saved, priced by the kiosk's own rules, with the funds by name. */
export async function previewPolicy(
  { db }: Pick<Deps, "db">,
  { communityId, rules }: { communityId: string; rules: PolicyRules },
) {
  const fundRows = await db.select().from(funds).where(eq(funds.communityId, communityId));
  const fundName = (code: string) => fundRows.find((f) => f.code === code)?.name ?? code;
  const table = whoPaysWhat(rules);
  return {
    groups: table.groups,
    bands: table.bands.map((b) => ({
      from: b.from,
      to: b.to,
      cells: b.cells.map((c) => ({
        group: c.group,
        sittings: c.sittings.map((s) => ({
          sitting: s.sitting,
          listPriceFen: s.listPriceFen,
          payFen: s.payFen,
          subsidies: s.subsidies.map((x) => ({ fundName: fundName(x.fundCode), amountFen: x.amountFen })),
        })),
      })),
    })),
  };
}
