import { createRoute, z } from "@hono/zod-openapi";
import { CommunityParams, errors, jsonBody, jsonContent, staffErrors } from "../shared/router";
import { staffMay } from "../staff/guard";
import {
  AmenitySchema,
  CourierStatusEnum,
  DoorEventSchema,
  DoorRelaySchema,
  DoorSchema,
  EntriesQuery,
  EntriesSchema,
  KioskModeSchema,
  MonthQuery,
  NewDoorSchema,
  OccupancySchema,
  RemoteOpenAnswerSchema,
  RemoteOpenSchema,
  ReviewCourierSchema,
  ShowerBoardSchema,
  StationCourierSchema,
} from "./schemas";

// OpenAPI definitions of these operations; admin-routes.ts joins each to its verb.
const tags = ["station"];
// Whoever the permissions table lets operate the station: its keeper, and the community's admins.
const keepers = staffMay({ facility: "station", action: "operate" });
const param = (name: string) =>
  z
    .string()
    .min(1)
    .openapi({ param: { name, in: "path" } });
const base = "/{communityId}/station";
const CourierParams = CommunityParams.extend({ courierId: param("courierId") });
const DoorParams = CommunityParams.extend({ doorId: param("doorId") });
const KioskParams = CommunityParams.extend({ kioskId: param("kioskId") });

export const listStationCouriers = createRoute({
  method: "get",
  path: `${base}/couriers`,
  tags,
  operationId: "listStationCouriers",
  summary: "Couriers with their registration status (status=pending: the registrations to verify)",
  middleware: keepers,
  request: { params: CommunityParams, query: z.object({ status: CourierStatusEnum.optional() }) },
  responses: {
    200: jsonContent(z.object({ couriers: z.array(StationCourierSchema) }), "Couriers"),
    ...errors(404),
    ...staffErrors,
  },
});

export const reviewCourier = createRoute({
  method: "post",
  path: `${base}/couriers/{courierId}/review`,
  tags,
  operationId: "reviewCourier",
  summary: "Verify a registration (rider present, ID seen), suspend or reinstate, with a reason (audited)",
  middleware: keepers,
  request: { params: CourierParams, body: jsonBody(ReviewCourierSchema) },
  responses: {
    200: jsonContent(z.object({ id: z.string(), status: z.enum(["verified", "suspended"]) }), "Changed"),
    ...errors(404, 409),
    ...staffErrors,
  },
});

export const stationOccupancy = createRoute({
  method: "get",
  path: `${base}/occupancy`,
  tags,
  operationId: "stationOccupancy",
  summary: "Live occupancy of the station and its rest areas, and who is inside now",
  middleware: keepers,
  request: { params: CommunityParams },
  responses: { 200: jsonContent(OccupancySchema, "Occupancy"), ...errors(404), ...staffErrors },
});

export const listStationDoors = createRoute({
  method: "get",
  path: `${base}/doors`,
  tags,
  operationId: "listStationDoors",
  summary: "Doors and their relay settings (the secret is never shown)",
  middleware: keepers,
  request: { params: CommunityParams },
  responses: {
    200: jsonContent(z.object({ doors: z.array(DoorSchema) }), "Doors"),
    ...errors(404),
    ...staffErrors,
  },
});

export const createStationDoor = createRoute({
  method: "post",
  path: `${base}/doors`,
  tags,
  operationId: "createStationDoor",
  summary: "A new door (the station's, or a rest area's) with its relay's URL and secret (audited; never shown back)",
  middleware: keepers,
  request: { params: CommunityParams, body: jsonBody(NewDoorSchema) },
  responses: { 201: jsonContent(DoorSchema, "The door"), ...errors(404), ...staffErrors },
});

export const listDoorEvents = createRoute({
  method: "get",
  path: `${base}/door-events`,
  tags,
  operationId: "listDoorEvents",
  summary: "The door log, newest first: every try at a door with who, how and the relay's answer",
  middleware: keepers,
  request: {
    params: CommunityParams,
    query: z.object({ doorId: z.string().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
  },
  responses: {
    200: jsonContent(z.object({ events: z.array(DoorEventSchema) }), "Door events"),
    ...staffErrors,
  },
});

export const setDoorRelay = createRoute({
  method: "put",
  path: `${base}/doors/{doorId}/relay`,
  tags,
  operationId: "setDoorRelay",
  summary: "The door relay's webhook URL and shared secret (audited; the secret is stored encrypted)",
  middleware: keepers,
  request: { params: DoorParams, body: jsonBody(DoorRelaySchema) },
  responses: { 200: jsonContent(DoorSchema, "The door"), ...errors(404), ...staffErrors },
});

export const openDoorRemotely = createRoute({
  method: "post",
  path: `${base}/doors/{doorId}/open`,
  tags,
  operationId: "openDoorRemotely",
  summary:
    "Open a door from here for a named rider (counted in occupancy like a pass), an override, or a test open; audited with a reason",
  middleware: keepers,
  request: { params: DoorParams, body: jsonBody(RemoteOpenSchema) },
  responses: {
    200: jsonContent(RemoteOpenAnswerSchema, "The relay's answer, or full (an entry takes a place like any other)"),
    ...errors(404),
    ...staffErrors,
  },
});

export const stationShowersAdmin = createRoute({
  method: "get",
  path: `${base}/showers`,
  tags,
  operationId: "stationShowersAdmin",
  summary: "Showers, their state and the queue",
  middleware: keepers,
  request: { params: CommunityParams },
  responses: { 200: jsonContent(ShowerBoardSchema, "Showers"), ...errors(404), ...staffErrors },
});

export const listStationAmenities = createRoute({
  method: "get",
  path: `${base}/amenities`,
  tags,
  operationId: "listStationAmenities",
  summary: "The station's amenities",
  middleware: keepers,
  request: { params: CommunityParams },
  responses: {
    200: jsonContent(z.object({ amenities: z.array(AmenitySchema) }), "Amenities"),
    ...errors(404),
    ...staffErrors,
  },
});

export const setStationAmenities = createRoute({
  method: "put",
  path: `${base}/amenities`,
  tags,
  operationId: "setStationAmenities",
  summary: "Set the station's amenities, in the order the kiosk shows them (audited)",
  middleware: keepers,
  request: { params: CommunityParams, body: jsonBody(z.object({ amenities: z.array(AmenitySchema).max(30) })) },
  responses: {
    200: jsonContent(z.object({ amenities: z.array(AmenitySchema) }), "Amenities"),
    ...errors(404),
    ...staffErrors,
  },
});

export const stationEntries = createRoute({
  method: "get",
  path: `${base}/reports/entries`,
  tags,
  operationId: "stationEntries",
  summary: "Entries by hour of day and by weekday over local dates",
  middleware: keepers,
  request: { params: CommunityParams, query: EntriesQuery },
  responses: { 200: jsonContent(EntriesSchema, "Entries"), ...errors(404), ...staffErrors },
});

export const stationVisitsCsv = createRoute({
  method: "get",
  path: `${base}/reports/visits.csv`,
  tags,
  operationId: "stationVisitsCsv",
  summary: "Every visit begun in a month, as CSV",
  middleware: keepers,
  request: { params: CommunityParams, query: MonthQuery },
  responses: {
    200: { content: { "text/csv": { schema: z.string() } }, description: "CSV" },
    ...errors(404),
    ...staffErrors,
  },
});

export const setKioskMode = createRoute({
  method: "put",
  path: "/{communityId}/kiosks/{kioskId}/mode",
  tags,
  operationId: "setKioskMode",
  summary: "A kiosk's mode: pass-only (any facility), and the station door it opens (audited)",
  middleware: keepers,
  request: { params: KioskParams, body: jsonBody(KioskModeSchema) },
  responses: {
    200: jsonContent(
      z.object({
        id: z.string(),
        passOnly: z.boolean(),
        doorId: z.string().nullable(),
        doorDirection: z.enum(["entry", "exit", "both"]).nullable(),
      }),
      "The kiosk's mode",
    ),
    ...errors(404, 409),
    ...staffErrors,
  },
});
