import { createRoute, z } from "@hono/zod-openapi";
import { BookingParams, byDevice, Declined, headers, inSession, OpenCall } from "../identity/kiosk-operation";
import { errors, jsonBody, jsonContent } from "../shared/router";
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

// OpenAPI definitions of these operations; kiosk-routes.ts joins each to its verb.
const tags = ["station"];

export const passStationDoor = createRoute({
  method: "post",
  path: "/door",
  tags,
  operationId: "passStationDoor",
  summary: "A pass or a face at a door kiosk: the door opens with no further tap, or says why not (full is an answer)",
  ...byDevice,
  request: { body: jsonBody(DoorScanSchema) },
  responses: {
    200: jsonContent(DoorAnswerSchema, "Opened, full or the door failed"),
    ...errors(401, 403, 422, 429),
  },
});

export const registerCourier = createRoute({
  method: "post",
  path: "/register",
  tags,
  operationId: "registerCourier",
  summary: "A rider registers at the station kiosk; pending until the keeper verifies",
  ...byDevice,
  request: { body: jsonBody(RegisterCourierSchema) },
  responses: {
    201: jsonContent(z.object({ id: z.string(), name: z.string(), status: z.literal("pending") }), "Pending"),
    ...errors(401, 403, 422),
  },
});

export const stationSos = createRoute({
  method: "post",
  path: "/sos",
  tags,
  operationId: "stationSos",
  summary: "SOS: an urgent alert on the on-call keeper's page at once",
  ...byDevice,
  responses: { 200: OpenCall, ...errors(401) },
});

export const stationAmenities = createRoute({
  method: "get",
  path: "/amenities",
  tags,
  operationId: "stationAmenities",
  summary: "What the station offers (fridge, microwave, charging …)",
  ...byDevice,
  responses: { 200: jsonContent(z.object({ amenities: z.array(AmenitySchema) }), "Amenities"), ...errors(401) },
});

export const stationKioskOccupancy = createRoute({
  method: "get",
  path: "/occupancy",
  tags,
  operationId: "stationKioskOccupancy",
  summary: "How full the station and the rest areas are (counts only)",
  ...byDevice,
  responses: { 200: jsonContent(KioskOccupancySchema, "Occupancy"), ...errors(401, 404) },
});

export const stationShowers = createRoute({
  method: "get",
  path: "/showers",
  tags,
  operationId: "stationShowers",
  summary: "Each shower's state and next free slot, and the queue, with the rider's own booking and place",
  ...inSession,
  request: { headers },
  responses: { 200: jsonContent(ShowerBoardSchema, "Showers"), ...errors(401, 403, 404) },
});

export const bookShower = createRoute({
  method: "post",
  path: "/showers/bookings",
  tags,
  operationId: "bookShower",
  summary: "Book a shower slot (idempotent by key); the last free slot goes to one rider",
  ...inSession,
  request: { headers, body: jsonBody(BookShowerSchema) },
  responses: { 200: jsonContent(ShowerBookingSchema, "Booked"), ...errors(401, 403, 404, 409, 422) },
});

export const startShower = createRoute({
  method: "post",
  path: "/showers/bookings/{bookingId}/start",
  tags,
  operationId: "startShower",
  summary: "Start the booked shower (check-in); a slot not started in time is released",
  ...inSession,
  request: { headers, params: BookingParams },
  responses: { 200: jsonContent(ShowerBookingSchema, "Started"), ...errors(401, 403, 404, 409) },
});

export const joinShowerQueue = createRoute({
  method: "post",
  path: "/showers/queue",
  tags,
  operationId: "joinShowerQueue",
  summary: "Queue for the next shower when none is free",
  ...inSession,
  request: { headers, body: jsonBody(IdempotencySchema) },
  responses: {
    200: jsonContent(z.object({ id: z.string(), status: z.string() }), "In the queue"),
    ...errors(401, 403, 409, 422),
  },
});

export const acceptShowerOffer = createRoute({
  method: "post",
  path: "/showers/offers/{bookingId}/accept",
  tags,
  operationId: "acceptShowerOffer",
  summary: "Take the shower offered from the queue",
  ...inSession,
  request: { headers, params: BookingParams },
  responses: { 200: jsonContent(ShowerBookingSchema, "Booked"), ...errors(401, 403, 404, 409) },
});

export const declineShowerOffer = createRoute({
  method: "post",
  path: "/showers/offers/{bookingId}/decline",
  tags,
  operationId: "declineShowerOffer",
  summary: "Let the offered shower go to the next in line",
  ...inSession,
  request: { headers, params: BookingParams },
  responses: { 200: Declined, ...errors(401, 403, 404) },
});
