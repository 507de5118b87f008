import { createRouter, staffAct } from "../shared/router";
import { addPolicyVersion } from "./admin/add-policy-version";
import { closeDay } from "./admin/close-day";
import { copyMenuWeek } from "./admin/copy-menu-week";
import { linkFamily } from "./admin/link-family";
import { listCanteenResidents } from "./admin/list-canteen-residents";
import { listFunds } from "./admin/list-funds";
import { listMenuWeek } from "./admin/list-menu-week";
import { listPolicies } from "./admin/list-policies";
import { previewPolicy } from "./admin/preview-policy";
import { reopenDay } from "./admin/reopen-day";
import { setDeliveryEligible } from "./admin/set-delivery-eligible";
import { setFundBudget } from "./admin/set-fund-budget";
import { setMenu } from "./admin/set-menu";
import { setMonthBudget } from "./admin/set-month-budget";
import { unlinkFamily } from "./admin/unlink-family";
import * as op from "./admin-operations";

export const canteenAdminRoutes = createRouter()
  .openapi(op.getMenuWeek, async (c) =>
    c.json(
      await listMenuWeek(c.var.deps, {
        communityId: c.req.valid("param").communityId,
        from: c.req.valid("query").from,
      }),
      200,
    ),
  )
  .openapi(op.setMenuDishes, async (c) =>
    c.json(await setMenu(c.var.deps, { ...staffAct(c), dishes: c.req.valid("json").dishes }), 200),
  )
  .openapi(op.copyMenuWeek, async (c) =>
    c.json(await copyMenuWeek(c.var.deps, { ...staffAct(c), from: c.req.valid("json").from }), 200),
  )
  .openapi(op.closeCanteenDay, async (c) => {
    const { date, reason } = c.req.valid("json");
    return c.json(await closeDay(c.var.deps, { ...staffAct(c), date, reason }), 201);
  })
  .openapi(op.reopenCanteenDay, async (c) => {
    const { communityId, date } = c.req.valid("param");
    return c.json(await reopenDay(c.var.deps, { actor: c.var.staff, communityId, date }), 200);
  })
  .openapi(op.listPricingPolicies, async (c) =>
    c.json(await listPolicies(c.var.deps, { communityId: c.req.valid("param").communityId }), 200),
  )
  .openapi(op.addPricingPolicyVersion, async (c) =>
    c.json(await addPolicyVersion(c.var.deps, { ...staffAct(c), ...c.req.valid("json") }), 201),
  )
  .openapi(op.previewPricingPolicy, async (c) =>
    c.json(
      await previewPolicy(c.var.deps, {
        communityId: c.req.valid("param").communityId,
        rules: c.req.valid("json").rules,
      }),
      200,
    ),
  )
  .openapi(op.listFunds, async (c) =>
    c.json(await listFunds(c.var.deps, { communityId: c.req.valid("param").communityId }), 200),
  )
  .openapi(op.setFundBudget, async (c) =>
    c.json(
      await setFundBudget(c.var.deps, { ...staffAct(c), monthlyBudgetFen: c.req.valid("json").monthlyBudgetFen }),
      200,
    ),
  )
  .openapi(op.setMonthBudget, async (c) =>
    c.json(await setMonthBudget(c.var.deps, { ...staffAct(c), budgetFen: c.req.valid("json").budgetFen }), 200),
  )
  .openapi(op.listCanteenResidents, async (c) =>
    c.json(await listCanteenResidents(c.var.deps, { communityId: c.req.valid("param").communityId }), 200),
  )
  .openapi(op.setDeliveryEligible, async (c) =>
    c.json(
      await setDeliveryEligible(c.var.deps, { ...staffAct(c), deliveryEligible: c.req.valid("json").deliveryEligible }),
      200,
    ),
  )
  .openapi(op.linkFamily, async (c) =>
    c.json(await linkFamily(c.var.deps, { ...staffAct(c), link: c.req.valid("json") }), 201),
  )
  .openapi(op.unlinkFamily, async (c) => {
    const { communityId, elderId, familyId } = c.req.valid("param");
    return c.json(
      await unlinkFamily(c.var.deps, { actor: c.var.staff, communityId, link: { elderId, familyId } }),
      200,
    );
  });
