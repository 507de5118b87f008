import { createRoute, z } from "@hono/zod-openapi";
import { staffMay } from "../../staff/guard";
import { CommunityParams, errors, jsonBody, jsonContent, staffErrors } from "../../shared/router";
import {
  CapacityClearSchema,
  CapacityDateInputSchema,
  CapacityDateMadeSchema,
  CapacityQuery,
  CapacityWeekInputSchema,
  CapacityWeekMadeSchema,
  FacilityCapacitySchema,
  FacilityClosureInputSchema,
  FacilityClosureMadeSchema,
  FacilityClosureSchema,
  FacilityParams,
} from "./schemas";

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

export const getFacilityCapacity = createRoute({
  method: "get",
  path: "/{communityId}/facilities/{facilityId}/capacity",
  tags,
  operationId: "getFacilityCapacity",
  summary: "A facility's places on a date: own capacity, weekly template, one-off change, capacity in force, booked",
  middleware: operators,
  request: { params: FacilityParams, query: CapacityQuery },
  responses: { 200: jsonContent(FacilityCapacitySchema, "Capacity on the date"), ...errors(404), ...staffErrors },
});

export const setCapacityOnDate = createRoute({
  method: "put",
  path: "/{communityId}/facilities/{facilityId}/capacity/dates",
  tags,
  operationId: "setCapacityOnDate",
  summary:
    "A one-off capacity (and cut-off) for a date; below what is booked, BELOW_BOOKED lists whom it touches until a choice is given",
  middleware: operators,
  request: { params: FacilityParams, body: jsonBody(CapacityDateInputSchema) },
  responses: { 200: jsonContent(CapacityDateMadeSchema, "Changed"), ...errors(404, 409), ...staffErrors },
});

export const clearCapacityOnDate = createRoute({
  method: "post",
  path: "/{communityId}/facilities/{facilityId}/capacity/dates/clear",
  tags,
  operationId: "clearCapacityOnDate",
  summary: "A date back to its weekly template",
  middleware: operators,
  request: { params: FacilityParams, body: jsonBody(CapacityClearSchema) },
  responses: {
    200: jsonContent(z.object({ resourceId: z.string(), date: z.string(), capacity: z.number().int() }), "Cleared"),
    ...errors(404, 409),
    ...staffErrors,
  },
});

export const setCapacityWeek = createRoute({
  method: "put",
  path: "/{communityId}/facilities/{facilityId}/capacity/week",
  tags,
  operationId: "setCapacityWeek",
  summary:
    "A place's weekly template (capacity and a sitting's cut-off per weekday), with the same below-booked choice",
  middleware: operators,
  request: { params: FacilityParams, body: jsonBody(CapacityWeekInputSchema) },
  responses: { 200: jsonContent(CapacityWeekMadeSchema, "Changed"), ...errors(404, 409), ...staffErrors },
});
