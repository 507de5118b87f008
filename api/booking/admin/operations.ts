import { z } from "@hono/zod-openapi";
import { staffMay } from "../../staff/guard";
import { CommunityParams, jsonBody, made, ok, pathParam, routesOf } from "../../shared/router";
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
const operators = routesOf({
  tags,
  middleware: staffMay(
    { facility: "canteen", action: "operate" },
    { facility: "study_room", action: "operate" },
    { facility: "station", action: "operate" },
    { facility: "baby_room", action: "operate" },
  ),
});

export const listFacilityClosures = operators.get(
  "/{communityId}/closures",
  "listFacilityClosures",
  "Closures not yet over, of every facility",
  { params: CommunityParams },
  ok(z.object({ closures: z.array(FacilityClosureSchema) }), "Closures, soonest first", 404),
);

export const addFacilityClosure = operators.post(
  "/{communityId}/closures",
  "addFacilityClosure",
  "Close a facility for a while: bookings inside are cancelled with notice and refunded in one batch",
  { params: CommunityParams, body: jsonBody(FacilityClosureInputSchema) },
  made(FacilityClosureMadeSchema, "Closed", 404),
);

export const removeFacilityClosure = operators.delete(
  "/{communityId}/closures/{closureId}",
  "removeFacilityClosure",
  "Open again (bookings the closure cancelled stay cancelled)",
  { params: CommunityParams.extend({ closureId: pathParam("closureId") }) },
  ok(z.object({ id: z.string(), removed: z.literal(true) }), "Removed", 404),
);

export const getFacilityCapacity = operators.get(
  "/{communityId}/facilities/{facilityId}/capacity",
  "getFacilityCapacity",
  "A facility's places on a date: own capacity, weekly template, one-off change, capacity in force, booked",
  { params: FacilityParams, query: CapacityQuery },
  ok(FacilityCapacitySchema, "Capacity on the date", 404),
);

export const setCapacityOnDate = operators.put(
  "/{communityId}/facilities/{facilityId}/capacity/dates",
  "setCapacityOnDate",
  "A one-off capacity (and cut-off) for a date; below what is booked, BELOW_BOOKED lists whom it touches until a choice is given",
  { params: FacilityParams, body: jsonBody(CapacityDateInputSchema) },
  ok(CapacityDateMadeSchema, "Changed", 404, 409),
);

export const clearCapacityOnDate = operators.post(
  "/{communityId}/facilities/{facilityId}/capacity/dates/clear",
  "clearCapacityOnDate",
  "A date back to its weekly template",
  { params: FacilityParams, body: jsonBody(CapacityClearSchema) },
  ok(z.object({ resourceId: z.string(), date: z.string(), capacity: z.number().int() }), "Cleared", 404, 409),
);

export const setCapacityWeek = operators.put(
  "/{communityId}/facilities/{facilityId}/capacity/week",
  "setCapacityWeek",
  "A place's weekly template (capacity and a sitting's cut-off per weekday), with the same below-booked choice",
  { params: FacilityParams, body: jsonBody(CapacityWeekInputSchema) },
  ok(CapacityWeekMadeSchema, "Changed", 404, 409),
);
