import { createRouter, staffAct, staffInput } from "../shared/router";
import { acknowledgeAlert, resolveAlert } from "./live/alert-actions";
import { liveOperations } from "./live/live-operations";
import * as op from "./live/operations";

/** The live operations page's API: today at every facility, and staff's hand on its alerts. */
export const liveRoutes = createRouter()
  .openapi(op.getLiveOperations, async (c) => c.json(await liveOperations(c.var.deps, staffAct(c)), 200))
  .openapi(op.acknowledgeAlert, async (c) => c.json(await acknowledgeAlert(c.var.deps, staffAct(c)), 200))
  .openapi(op.resolveAlert, async (c) => c.json(await resolveAlert(c.var.deps, staffInput(c)), 200));
