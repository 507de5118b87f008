import { attachment } from "../shared/csv";
import { createRoute, z } from "@hono/zod-openapi";
import { setKioskMode } from "../identity/set-kiosk-mode";
import { CommunityParams, createRouter, errors, jsonBody, jsonContent, staffErrors } from "../shared/router";
import { communityStaff } from "../staff/guard";
import { listAmenities, setAmenities } from "./amenities";
import { listStationDoors, setDoorRelay } from "./door-settings";
import { listStationCouriers } from "./list-station-couriers";
import { listDoorEvents } from "./list-door-events";
import { liveOccupancy } from "./live-occupancy";
import { openDoorRemotely } from "./open-door-remotely";
import { reviewCourier } from "./review-courier";
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
  OccupancySchema,
  RemoteOpenAnswerSchema,
  RemoteOpenSchema,
  ReviewCourierSchema,
  ShowerBoardSchema,
  StationCourierSchema,
} from "./schemas";
import { showerBoard } from "./showers";
import { entriesByTime, visitsCsv } from "./visit-reports";

const tags = ["station"];
// The station's keeper runs it; the community's admins (and district admins for theirs) may too.
const keepers = communityStaff("district_admin", "community_admin", "station_keeper");
const param = (name: string) =>
  z
    .string()
    .min(1)
    .openapi({ param: { name, in: "path" } });
const base = "/{communityId}/station";
const CourierParams = CommunityParams.extend({ courierId: param("courierId") });
const DoorParams = CommunityParams.extend({ doorId: param("doorId") });
const KioskParams = CommunityParams.extend({ kioskId: param("kioskId") });
const cid = (c: { req: { valid(t: "param"): { communityId: string } } }) => c.req.valid("param").communityId;

export const stationAdminRoutes = createRouter()
  .openapi(
    createRoute({
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
    }),
    async (c) =>
      c.json(
        {
          couriers: await listStationCouriers(c.var.deps, {
            communityId: cid(c),
            viewer: c.var.staff.role,
            status: c.req.valid("query").status,
          }),
        },
        200,
      ),
  )
  .openapi(
    createRoute({
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
    }),
    async (c) =>
      c.json(
        await reviewCourier(c.var.deps, {
          actor: c.var.staff,
          communityId: cid(c),
          courierId: c.req.valid("param").courierId,
          ...c.req.valid("json"),
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "get",
      path: `${base}/occupancy`,
      tags,
      operationId: "stationOccupancy",
      summary: "Live occupancy of the station and its rest areas, and who is inside now",
      middleware: keepers,
      request: { params: CommunityParams },
      responses: { 200: jsonContent(OccupancySchema, "Occupancy"), ...errors(404), ...staffErrors },
    }),
    async (c) => c.json(await liveOccupancy(c.var.deps, { communityId: cid(c) }), 200),
  )
  .openapi(
    createRoute({
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
    }),
    async (c) => c.json({ doors: await listStationDoors(c.var.deps, { communityId: cid(c) }) }, 200),
  )
  .openapi(
    createRoute({
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
    }),
    async (c) =>
      c.json({ events: await listDoorEvents(c.var.deps, { communityId: cid(c), opts: c.req.valid("query") }) }, 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: `${base}/doors/{doorId}/relay`,
      tags,
      operationId: "setDoorRelay",
      summary: "The door relay's webhook URL and shared secret (audited; the secret is stored encrypted)",
      middleware: keepers,
      request: { params: DoorParams, body: jsonBody(DoorRelaySchema) },
      responses: { 200: jsonContent(DoorSchema, "The door"), ...errors(404), ...staffErrors },
    }),
    async (c) =>
      c.json(
        await setDoorRelay(c.var.deps, {
          actor: c.var.staff,
          communityId: cid(c),
          doorId: c.req.valid("param").doorId,
          ...c.req.valid("json"),
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${base}/doors/{doorId}/open`,
      tags,
      operationId: "openDoorRemotely",
      summary: "Open a door from here (a rider who cannot get in, an override, or a test open), audited with a reason",
      middleware: keepers,
      request: { params: DoorParams, body: jsonBody(RemoteOpenSchema) },
      responses: { 200: jsonContent(RemoteOpenAnswerSchema, "The relay's answer"), ...errors(404), ...staffErrors },
    }),
    async (c) =>
      c.json(
        await openDoorRemotely(c.var.deps, {
          actor: c.var.staff,
          communityId: cid(c),
          doorId: c.req.valid("param").doorId,
          ...c.req.valid("json"),
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "get",
      path: `${base}/showers`,
      tags,
      operationId: "stationShowersAdmin",
      summary: "Showers, their state and the queue",
      middleware: keepers,
      request: { params: CommunityParams },
      responses: { 200: jsonContent(ShowerBoardSchema, "Showers"), ...errors(404), ...staffErrors },
    }),
    async (c) => c.json(await showerBoard(c.var.deps, { communityId: cid(c) }), 200),
  )
  .openapi(
    createRoute({
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
    }),
    async (c) => c.json({ amenities: await listAmenities(c.var.deps, { communityId: cid(c) }) }, 200),
  )
  .openapi(
    createRoute({
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
    }),
    async (c) =>
      c.json(
        {
          amenities: await setAmenities(c.var.deps, {
            actor: c.var.staff,
            communityId: cid(c),
            list: c.req.valid("json").amenities,
          }),
        },
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "get",
      path: `${base}/reports/entries`,
      tags,
      operationId: "stationEntries",
      summary: "Entries by hour of day and by weekday over local dates",
      middleware: keepers,
      request: { params: CommunityParams, query: EntriesQuery },
      responses: { 200: jsonContent(EntriesSchema, "Entries"), ...errors(404), ...staffErrors },
    }),
    async (c) => c.json(await entriesByTime(c.var.deps, { communityId: cid(c), range: c.req.valid("query") }), 200),
  )
  .openapi(
    createRoute({
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
    }),
    async (c) => {
      const { month } = c.req.valid("query");
      c.header("content-disposition", attachment(`station-visits-${month}.csv`));
      return c.body(await visitsCsv(c.var.deps, { communityId: cid(c), month }), 200, {
        "content-type": "text/csv; charset=utf-8",
      });
    },
  )
  .openapi(
    createRoute({
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
    }),
    async (c) =>
      c.json(
        await setKioskMode(c.var.deps, {
          actor: c.var.staff,
          communityId: cid(c),
          kioskId: c.req.valid("param").kioskId,
          mode: c.req.valid("json"),
        }),
        200,
      ),
  );
