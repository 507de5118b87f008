import { createRouter, staffAct, staffInput } from "../shared/router";
import { addFacilityClosure } from "./admin/add-closure";
import { listFacilityClosures } from "./admin/list-closures";
import * as op from "./admin/operations";
import { removeFacilityClosure } from "./admin/remove-closure";
import { facilityCapacity } from "./admin/facility-capacity";
import { clearCapacityOnDate, setCapacityOnDate } from "./admin/set-capacity-date";
import { setCapacityWeek } from "./admin/set-capacity-week";

/** Staff operations over every facility at once: closures, capacity. */
export const facilityAdminRoutes = createRouter()
  .openapi(op.listFacilityClosures, async (c) =>
    c.json({ closures: await listFacilityClosures(c.var.deps, c.req.valid("param")) }, 200),
  )
  .openapi(op.addFacilityClosure, async (c) => c.json(await addFacilityClosure(c.var.deps, staffInput(c)), 201))
  .openapi(op.removeFacilityClosure, async (c) => c.json(await removeFacilityClosure(c.var.deps, staffAct(c)), 200))
  .openapi(op.getFacilityCapacity, async (c) =>
    c.json(await facilityCapacity(c.var.deps, { ...staffAct(c), ...c.req.valid("query") }), 200),
  )
  .openapi(op.setCapacityOnDate, async (c) => c.json(await setCapacityOnDate(c.var.deps, staffInput(c)), 200))
  .openapi(op.clearCapacityOnDate, async (c) => c.json(await clearCapacityOnDate(c.var.deps, staffInput(c)), 200))
  .openapi(op.setCapacityWeek, async (c) => c.json(await setCapacityWeek(c.var.deps, staffInput(c)), 200));
