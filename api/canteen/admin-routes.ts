import { createRouter, readInput, staffAct, staffInput } from "../shared/router";
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
  .openapi(op.getMenuWeek, async (c) => c.json(await listMenuWeek(c.var.deps, readInput(c)), 200))
  .openapi(op.setMenuDishes, async (c) => c.json(await setMenu(c.var.deps, staffInput(c)), 200))
  .openapi(op.copyMenuWeek, async (c) => c.json(await copyMenuWeek(c.var.deps, staffInput(c)), 200))
  .openapi(op.closeCanteenDay, async (c) => c.json(await closeDay(c.var.deps, staffInput(c)), 201))
  .openapi(op.reopenCanteenDay, async (c) => c.json(await reopenDay(c.var.deps, staffInput(c)), 200))
  .openapi(op.listPricingPolicies, async (c) => c.json(await listPolicies(c.var.deps, readInput(c)), 200))
  .openapi(op.addPricingPolicyVersion, async (c) => c.json(await addPolicyVersion(c.var.deps, staffInput(c)), 201))
  .openapi(op.previewPricingPolicy, async (c) =>
    c.json(await previewPolicy(c.var.deps, { ...c.req.valid("param"), ...c.req.valid("json") }), 200),
  )
  .openapi(op.listFunds, async (c) => c.json(await listFunds(c.var.deps, readInput(c)), 200))
  .openapi(op.setFundBudget, async (c) => c.json(await setFundBudget(c.var.deps, staffInput(c)), 200))
  .openapi(op.setMonthBudget, async (c) => c.json(await setMonthBudget(c.var.deps, staffInput(c)), 200))
  .openapi(op.listCanteenResidents, async (c) => c.json(await listCanteenResidents(c.var.deps, readInput(c)), 200))
  .openapi(op.setDeliveryEligible, async (c) => c.json(await setDeliveryEligible(c.var.deps, staffInput(c)), 200))
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
