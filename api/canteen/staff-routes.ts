import { createRouter, readInput, sendCsv, staffInput } from "../shared/router";
import { deliveryList, markOrder, openWelfareAlerts, resolveWelfareAlert } from "./delivery";
import { counterTickets, productionList } from "./kitchen";
import { getMealCard } from "./meal-card-balance";
import { monthlySettlement } from "./settlement";
import { keyed } from "../shared/idempotency";
import { recordCardEntry } from "./top-up";
import { settlementCsvFor } from "./settlement-csv";
import * as op from "./staff-operations";

/** A fund's month, as the settlement and its CSV take it. */
const settlementOf = ({ communityId, month, fund }: { communityId: string; month: string; fund: string }) => ({
  communityId,
  month,
  fundCode: fund,
});

export const canteenStaffRoutes = createRouter()
  .openapi(op.getProductionList, async (c) =>
    c.json({ items: await productionList(c.var.deps, { day: readInput(c) }) }, 200),
  )
  .openapi(op.listCounterTickets, async (c) =>
    c.json({ items: await counterTickets(c.var.deps, { day: readInput(c) }) }, 200),
  )
  .openapi(op.listDeliveries, async (c) =>
    c.json({ items: await deliveryList(c.var.deps, { day: readInput(c) }) }, 200),
  )
  .openapi(op.markMealOrder, async (c) => c.json(await markOrder(c.var.deps, staffInput(c)), 200))
  .openapi(op.listWelfareAlerts, async (c) => c.json({ items: await openWelfareAlerts(c.var.deps, readInput(c)) }, 200))
  .openapi(op.resolveWelfareAlert, async (c) => c.json(await resolveWelfareAlert(c.var.deps, staffInput(c)), 200))
  .openapi(op.getMealCard, async (c) => c.json(await getMealCard(c.var.deps, readInput(c)), 200))
  .openapi(op.recordMealCardEntry, async (c) =>
    c.json(
      await keyed(c, "recordCardEntry", c.req.valid("json"), (claimId) =>
        recordCardEntry(c.var.deps, { ...staffInput(c), idempotencyKey: claimId }),
      ),
      200,
    ),
  )
  .openapi(op.getSettlement, async (c) => c.json(await monthlySettlement(c.var.deps, settlementOf(readInput(c))), 200))
  .openapi(op.exportSettlementCsv, async (c) => {
    const { month, fund } = c.req.valid("query");
    return sendCsv(
      c,
      `settlement-${fund}-${month}.csv`,
      await settlementCsvFor(c.var.deps, settlementOf(readInput(c))),
    );
  });
