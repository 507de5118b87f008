import { attachment } from "../shared/csv";
import { createRouter, staffAct } from "../shared/router";
import { deliveryList, markOrder, openWelfareAlerts, resolveWelfareAlert } from "./delivery";
import { counterTickets, productionList } from "./kitchen";
import { getMealCard } from "./meal-card-balance";
import { monthlySettlement } from "./settlement";
import { keyed } from "../shared/idempotency";
import { recordCardEntry } from "./top-up";
import { settlementCsvFor } from "./settlement-csv";
import * as op from "./staff-operations";

export const canteenStaffRoutes = createRouter()
  .openapi(op.getProductionList, async (c) =>
    c.json(
      { items: await productionList(c.var.deps, { day: { ...c.req.valid("param"), ...c.req.valid("query") } }) },
      200,
    ),
  )
  .openapi(op.listCounterTickets, async (c) =>
    c.json(
      { items: await counterTickets(c.var.deps, { day: { ...c.req.valid("param"), ...c.req.valid("query") } }) },
      200,
    ),
  )
  .openapi(op.listDeliveries, async (c) =>
    c.json(
      { items: await deliveryList(c.var.deps, { day: { ...c.req.valid("param"), ...c.req.valid("query") } }) },
      200,
    ),
  )
  .openapi(op.markMealOrder, async (c) => {
    const { communityId, orderId } = c.req.valid("param");
    return c.json(
      await markOrder(c.var.deps, { actor: c.var.staff, communityId, orderId, outcome: c.req.valid("json").outcome }),
      200,
    );
  })
  .openapi(op.listWelfareAlerts, async (c) =>
    c.json({ items: await openWelfareAlerts(c.var.deps, { communityId: c.req.valid("param").communityId }) }, 200),
  )
  .openapi(op.resolveWelfareAlert, async (c) =>
    c.json(await resolveWelfareAlert(c.var.deps, { ...staffAct(c), note: c.req.valid("json").note }), 200),
  )
  .openapi(op.getMealCard, async (c) => {
    const { communityId, residentId } = c.req.valid("param");
    return c.json(await getMealCard(c.var.deps, { communityId, residentId }), 200);
  })
  .openapi(op.recordMealCardEntry, async (c) => {
    const { communityId, residentId } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(
      await keyed(c, "recordCardEntry", body, (claimId) =>
        recordCardEntry(c.var.deps, {
          actor: c.var.staff,
          communityId,
          residentId,
          ...body,
          idempotencyKey: claimId,
        }),
      ),
      200,
    );
  })
  .openapi(op.getSettlement, async (c) => {
    const { month, fund } = c.req.valid("query");
    return c.json(
      await monthlySettlement(c.var.deps, { communityId: c.req.valid("param").communityId, month, fundCode: fund }),
      200,
    );
  })
  .openapi(op.exportSettlementCsv, async (c) => {
    const { month, fund } = c.req.valid("query");
    const csv = await settlementCsvFor(c.var.deps, {
      communityId: c.req.valid("param").communityId,
      month,
      fundCode: fund,
    });
    c.header("content-disposition", attachment(`settlement-${fund}-${month}.csv`));
    return c.body(csv, 200, { "content-type": "text/csv; charset=utf-8" });
  });
