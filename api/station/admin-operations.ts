import { z } from "@hono/zod-openapi";
import { CommunityParams, csvFile, jsonBody, made, ok, pathParam, routesOf } from "../shared/router";
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
const keepers = routesOf({ tags, middleware: staffMay({ facility: "station", action: "operate" }) });
const base = "/{communityId}/station";
const CourierParams = CommunityParams.extend({ courierId: pathParam("courierId") });
const DoorParams = CommunityParams.extend({ doorId: pathParam("doorId") });
const KioskParams = CommunityParams.extend({ kioskId: pathParam("kioskId") });

export const listStationCouriers = keepers.get(
  `${base}/couriers`,
  "listStationCouriers",
  "Couriers with their registration status (status=pending: the registrations to verify)",
  { params: CommunityParams, query: z.object({ status: CourierStatusEnum.optional() }) },
  ok(z.object({ couriers: z.array(StationCourierSchema) }), "Couriers", 404),
);

export const reviewCourier = keepers.post(
  `${base}/couriers/{courierId}/review`,
  "reviewCourier",
  "Verify a registration (rider present, ID seen), suspend or reinstate, with a reason (audited)",
  { params: CourierParams, body: jsonBody(ReviewCourierSchema) },
  ok(z.object({ id: z.string(), status: z.enum(["verified", "suspended"]) }), "Changed", 404, 409),
);

export const stationOccupancy = keepers.get(
  `${base}/occupancy`,
  "stationOccupancy",
  "Live occupancy of the station and its rest areas, and who is inside now",
  { params: CommunityParams },
  ok(OccupancySchema, "Occupancy", 404),
);

export const listStationDoors = keepers.get(
  `${base}/doors`,
  "listStationDoors",
  "Doors and their relay settings (the secret is never shown)",
  { params: CommunityParams },
  ok(z.object({ doors: z.array(DoorSchema) }), "Doors", 404),
);

export const createStationDoor = keepers.post(
  `${base}/doors`,
  "createStationDoor",
  "A new door (the station's, or a rest area's) with its relay's URL and secret (audited; never shown back)",
  { params: CommunityParams, body: jsonBody(NewDoorSchema) },
  made(DoorSchema, "The door", 404),
);

export const listDoorEvents = keepers.get(
  `${base}/door-events`,
  "listDoorEvents",
  "The door log, newest first: every try at a door with who, how and the relay's answer",
  {
    params: CommunityParams,
    query: z.object({ doorId: z.string().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
  },
  ok(z.object({ events: z.array(DoorEventSchema) }), "Door events"),
);

export const setDoorRelay = keepers.put(
  `${base}/doors/{doorId}/relay`,
  "setDoorRelay",
  "The door relay's webhook URL and shared secret (audited; the secret is stored encrypted)",
  { params: DoorParams, body: jsonBody(DoorRelaySchema) },
  ok(DoorSchema, "The door", 404),
);

export const openDoorRemotely = keepers.post(
  `${base}/doors/{doorId}/open`,
  "openDoorRemotely",
  "Open a door from here for a named rider (counted in occupancy like a pass), an override, or a test open; audited with a reason",
  { params: DoorParams, body: jsonBody(RemoteOpenSchema) },
  ok(RemoteOpenAnswerSchema, "The relay's answer, or full (an entry takes a place like any other)", 404),
);

export const stationShowersAdmin = keepers.get(
  `${base}/showers`,
  "stationShowersAdmin",
  "Showers, their state and the queue",
  { params: CommunityParams },
  ok(ShowerBoardSchema, "Showers", 404),
);

export const listStationAmenities = keepers.get(
  `${base}/amenities`,
  "listStationAmenities",
  "The station's amenities",
  { params: CommunityParams },
  ok(z.object({ amenities: z.array(AmenitySchema) }), "Amenities", 404),
);

export const setStationAmenities = keepers.put(
  `${base}/amenities`,
  "setStationAmenities",
  "Set the station's amenities, in the order the kiosk shows them (audited)",
  { params: CommunityParams, body: jsonBody(z.object({ amenities: z.array(AmenitySchema).max(30) })) },
  ok(z.object({ amenities: z.array(AmenitySchema) }), "Amenities", 404),
);

export const stationEntries = keepers.get(
  `${base}/reports/entries`,
  "stationEntries",
  "Entries by hour of day and by weekday over local dates",
  { params: CommunityParams, query: EntriesQuery },
  ok(EntriesSchema, "Entries", 404),
);

export const stationVisitsCsv = keepers.get(
  `${base}/reports/visits.csv`,
  "stationVisitsCsv",
  "Every visit begun in a month, as CSV",
  { params: CommunityParams, query: MonthQuery },
  csvFile("CSV", 404),
);

export const setKioskMode = keepers.put(
  "/{communityId}/kiosks/{kioskId}/mode",
  "setKioskMode",
  "A kiosk's mode: pass-only (any facility), and the station door it opens (audited)",
  { params: KioskParams, body: jsonBody(KioskModeSchema) },
  ok(
    z.object({
      id: z.string(),
      passOnly: z.boolean(),
      doorId: z.string().nullable(),
      doorDirection: z.enum(["entry", "exit", "both"]).nullable(),
    }),
    "The kiosk's mode",
    404,
    409,
  ),
);
