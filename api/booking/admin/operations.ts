import { createRoute, z } from "@hono/zod-openapi";
import { staffMay } from "../../staff/guard";
import { CommunityParams, errors, jsonBody, jsonContent, staffErrors } from "../../shared/router";
import { FacilityClosureInputSchema, FacilityClosureMadeSchema, FacilityClosureSchema } from "./schemas";

// Closures and capacity of every facility; each verb checks the role may operate that facility.
const tags = ["facilities"];
const operators = staffMay(
  { facility: "canteen", action: "operate" },
  { facility: "study_room", action: "operate" },
  { facility: "station", action: "operate" },
  { facility: "baby_room", action: "operate" },
);
const param = (name: string) =>
  z
    .string()
    .min(1)
    .openapi({ param: { name, in: "path" } });

export const listFacilityClosures = createRoute({
  method: "get",
  path: "/{communityId}/closures",
  tags,
  operationId: "listFacilityClosures",
  summary: "Closures not yet over, of every facility",
  middleware: operators,
  request: { params: CommunityParams },
  responses: {
    200: jsonContent(z.object({ closures: z.array(FacilityClosureSchema) }), "Closures, soonest first"),
    ...errors(404),
    ...staffErrors,
  },
});

export const addFacilityClosure = createRoute({
  method: "post",
  path: "/{communityId}/closures",
  tags,
  operationId: "addFacilityClosure",
  summary: "Close a facility for a while: bookings inside are cancelled with notice and refunded in one batch",
  middleware: operators,
  request: { params: CommunityParams, body: jsonBody(FacilityClosureInputSchema) },
  responses: { 201: jsonContent(FacilityClosureMadeSchema, "Closed"), ...errors(404), ...staffErrors },
});

export const removeFacilityClosure = createRoute({
  method: "delete",
  path: "/{communityId}/closures/{closureId}",
  tags,
  operationId: "removeFacilityClosure",
  summary: "Open again (bookings the closure cancelled stay cancelled)",
  middleware: operators,
  request: { params: CommunityParams.extend({ closureId: param("closureId") }) },
  responses: {
    200: jsonContent(z.object({ id: z.string(), removed: z.literal(true) }), "Removed"),
    ...errors(404),
    ...staffErrors,
  },
});
