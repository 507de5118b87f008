import { createRouter, staffAct } from "../shared/router";
import { addFacilityClosure } from "./admin/add-closure";
import { listFacilityClosures } from "./admin/list-closures";
import * as op from "./admin/operations";
import { removeFacilityClosure } from "./admin/remove-closure";

/** Staff operations over every facility at once: closures, capacity. */
export const facilityAdminRoutes = createRouter()
  .openapi(op.listFacilityClosures, async (c) =>
    c.json({ closures: await listFacilityClosures(c.var.deps, c.req.valid("param")) }, 200),
  )
  .openapi(op.addFacilityClosure, async (c) =>
    c.json(await addFacilityClosure(c.var.deps, { ...staffAct(c), ...c.req.valid("json") }), 201),
  )
  .openapi(op.removeFacilityClosure, async (c) => c.json(await removeFacilityClosure(c.var.deps, staffAct(c)), 200));
