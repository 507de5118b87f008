import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { acceptOffer, declineOffer } from "../booking/waitlist";
import { requireKiosk } from "../identity/kiosk-guard";
import { requireKioskSession } from "../identity/kiosk-session";
import { raiseStaffCall } from "../identity/staff-calls/raise-staff-call";
import type { AppEnv } from "../shared/context";
import { DomainError } from "../shared/errors";
import { createRouter, errors, jsonBody, jsonContent } from "../shared/router";
import { listAmenities } from "./amenities";
import { bookShower, startShower } from "./book-shower";
import { joinShowerQueue } from "./join-shower-queue";
import { liveOccupancy } from "./live-occupancy";
import { passDoor } from "./pass-door";
import { registerCourierAtKiosk } from "./register-courier";
import {
  AmenitySchema,
  BookShowerSchema,
  DoorAnswerSchema,
  DoorScanSchema,
  IdempotencySchema,
  KioskOccupancySchema,
  RegisterCourierSchema,
  ShowerBoardSchema,
  ShowerBookingSchema,
} from "./schemas";
import { type Courier, showerBoard, showerBookingView } from "./showers";

const tags = ["station"];
const security = [{ kioskToken: [] }];
const headers = z.object({ "x-kiosk-session": z.string().min(1) });
const session = [requireKiosk, requireKioskSession];
const BookingParams = z.object({
  bookingId: z
    .string()
    .min(1)
    .openapi({ param: { name: "bookingId", in: "path" } }),
});

/** The station's showers are for couriers; a resident's session cannot book one. */
function courier(c: Context<AppEnv>): Courier {
  const { holder } = c.var.kioskSession;
  if (holder.kind !== "courier") throw new DomainError("forbidden", "COURIERS_ONLY", "The station is for couriers");
  return { kind: "courier", id: holder.id };
}

export const stationKioskRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/door",
      tags,
      operationId: "passStationDoor",
      summary:
        "A pass or a face at a door kiosk: the door opens with no further tap, or says why not (full is an answer)",
      middleware: [requireKiosk],
      security,
      request: { body: jsonBody(DoorScanSchema) },
      responses: {
        200: jsonContent(DoorAnswerSchema, "Opened, full or the door failed"),
        ...errors(401, 403, 422, 429),
      },
    }),
    async (c) => c.json(await passDoor(c.var.deps, { kiosk: c.var.kiosk, scan: c.req.valid("json") }), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/register",
      tags,
      operationId: "registerCourier",
      summary: "A rider registers at the station kiosk; pending until the keeper verifies",
      middleware: [requireKiosk],
      security,
      request: { body: jsonBody(RegisterCourierSchema) },
      responses: {
        201: jsonContent(z.object({ id: z.string(), name: z.string(), status: z.literal("pending") }), "Pending"),
        ...errors(401, 403, 422),
      },
    }),
    async (c) => c.json(await registerCourierAtKiosk(c.var.deps, { kiosk: c.var.kiosk, ...c.req.valid("json") }), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/sos",
      tags,
      operationId: "stationSos",
      summary: "SOS: an urgent alert on the on-call keeper's page at once",
      middleware: [requireKiosk],
      security,
      responses: {
        200: jsonContent(z.object({ callId: z.string(), raisedAt: z.string() }), "The open call"),
        ...errors(401),
      },
    }),
    async (c) => c.json(await raiseStaffCall(c.var.deps, c.var.kiosk, { sos: true }), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/amenities",
      tags,
      operationId: "stationAmenities",
      summary: "What the station offers (fridge, microwave, charging …)",
      middleware: [requireKiosk],
      security,
      responses: { 200: jsonContent(z.object({ amenities: z.array(AmenitySchema) }), "Amenities"), ...errors(401) },
    }),
    async (c) => c.json({ amenities: await listAmenities(c.var.deps, { communityId: c.var.kiosk.communityId }) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/occupancy",
      tags,
      operationId: "stationKioskOccupancy",
      summary: "How full the station and the rest areas are (counts only)",
      middleware: [requireKiosk],
      security,
      responses: { 200: jsonContent(KioskOccupancySchema, "Occupancy"), ...errors(401, 404) },
    }),
    async (c) => {
      const { zones } = await liveOccupancy(c.var.deps, { communityId: c.var.kiosk.communityId });
      return c.json({ zones: zones.map(({ people: _, ...z }) => z) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/showers",
      tags,
      operationId: "stationShowers",
      summary: "Each shower's state and next free slot, and the queue, with the rider's own booking and place",
      middleware: session,
      security,
      request: { headers },
      responses: { 200: jsonContent(ShowerBoardSchema, "Showers"), ...errors(401, 403, 404) },
    }),
    async (c) =>
      c.json(await showerBoard(c.var.deps, { communityId: c.var.kiosk.communityId, holder: courier(c) }), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/showers/bookings",
      tags,
      operationId: "bookShower",
      summary: "Book a shower slot (idempotent by key); the last free slot goes to one rider",
      middleware: session,
      security,
      request: { headers, body: jsonBody(BookShowerSchema) },
      responses: { 200: jsonContent(ShowerBookingSchema, "Booked"), ...errors(401, 403, 404, 409, 422) },
    }),
    async (c) => {
      const body = c.req.valid("json");
      return c.json(
        await bookShower(c.var.deps, {
          kiosk: c.var.kiosk,
          holder: courier(c),
          ...body,
          startsAt: new Date(body.startsAt),
        }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/showers/bookings/{bookingId}/start",
      tags,
      operationId: "startShower",
      summary: "Start the booked shower (check-in); a slot not started in time is released",
      middleware: session,
      security,
      request: { headers, params: BookingParams },
      responses: { 200: jsonContent(ShowerBookingSchema, "Started"), ...errors(401, 403, 404, 409) },
    }),
    async (c) =>
      c.json(
        await startShower(c.var.deps, {
          kiosk: c.var.kiosk,
          holder: courier(c),
          bookingId: c.req.valid("param").bookingId,
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/showers/queue",
      tags,
      operationId: "joinShowerQueue",
      summary: "Queue for the next shower when none is free",
      middleware: session,
      security,
      request: { headers, body: jsonBody(IdempotencySchema) },
      responses: {
        200: jsonContent(z.object({ id: z.string(), status: z.string() }), "In the queue"),
        ...errors(401, 403, 409, 422),
      },
    }),
    async (c) => {
      const entry = await joinShowerQueue(c.var.deps, {
        kiosk: c.var.kiosk,
        holder: courier(c),
        ...c.req.valid("json"),
      });
      return c.json({ id: entry.id, status: entry.status }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/showers/offers/{bookingId}/accept",
      tags,
      operationId: "acceptShowerOffer",
      summary: "Take the shower offered from the queue",
      middleware: session,
      security,
      request: { headers, params: BookingParams },
      responses: { 200: jsonContent(ShowerBookingSchema, "Booked"), ...errors(401, 403, 404, 409) },
    }),
    async (c) => {
      const b = await acceptOffer(c.var.deps, {
        communityId: c.var.kiosk.communityId,
        bookingId: c.req.valid("param").bookingId,
        holder: courier(c),
      });
      const board = await showerBoard(c.var.deps, { communityId: c.var.kiosk.communityId });
      return c.json(showerBookingView(b, board.cleaningMinutes), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/showers/offers/{bookingId}/decline",
      tags,
      operationId: "declineShowerOffer",
      summary: "Let the offered shower go to the next in line",
      middleware: session,
      security,
      request: { headers, params: BookingParams },
      responses: {
        200: jsonContent(z.object({ bookingId: z.string(), declined: z.literal(true) }), "Declined"),
        ...errors(401, 403, 404),
      },
    }),
    async (c) =>
      c.json(
        await declineOffer(c.var.deps, {
          communityId: c.var.kiosk.communityId,
          bookingId: c.req.valid("param").bookingId,
          holder: courier(c),
        }),
        200,
      ),
  );
