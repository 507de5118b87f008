import { z } from "@hono/zod-openapi";
import { BookingParams, byDevice, Declined, headers, inSession, OpenCall } from "../identity/kiosk-operation";
import { errors, jsonBody, jsonContent, routesOf } from "../shared/router";
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
const session = routesOf({ tags, ...inSession });
const device = routesOf({ tags, ...byDevice });

export const passStationDoor = device.post(
  "/door",
  "passStationDoor",
  "A pass or a face at a door kiosk: the door opens with no further tap, or says why not (full is an answer)",
  { body: jsonBody(DoorScanSchema) },
  { 200: jsonContent(DoorAnswerSchema, "Opened, full or the door failed"), ...errors(401, 403, 422, 429) },
);

export const registerCourier = device.post(
  "/register",
  "registerCourier",
  "A rider registers at the station kiosk; pending until the keeper verifies",
  { body: jsonBody(RegisterCourierSchema) },
  {
    201: jsonContent(z.object({ id: z.string(), name: z.string(), status: z.literal("pending") }), "Pending"),
    ...errors(401, 403, 422),
  },
);

export const stationSos = device.post(
  "/sos",
  "stationSos",
  "SOS: an urgent alert on the on-call keeper's page at once",
  {},
  { 200: OpenCall, ...errors(401) },
);

export const stationAmenities = device.get(
  "/amenities",
  "stationAmenities",
  "What the station offers (fridge, microwave, charging …)",
  {},
  { 200: jsonContent(z.object({ amenities: z.array(AmenitySchema) }), "Amenities"), ...errors(401) },
);

export const stationKioskOccupancy = device.get(
  "/occupancy",
  "stationKioskOccupancy",
  "How full the station and the rest areas are (counts only)",
  {},
  { 200: jsonContent(KioskOccupancySchema, "Occupancy"), ...errors(401, 404) },
);

export const stationShowers = session.get(
  "/showers",
  "stationShowers",
  "Each shower's state and next free slot, and the queue, with the rider's own booking and place",
  { headers },
  { 200: jsonContent(ShowerBoardSchema, "Showers"), ...errors(401, 403, 404) },
);

export const bookShower = session.post(
  "/showers/bookings",
  "bookShower",
  "Book a shower slot (idempotent by key); the last free slot goes to one rider",
  { headers, body: jsonBody(BookShowerSchema) },
  { 200: jsonContent(ShowerBookingSchema, "Booked"), ...errors(401, 403, 404, 409, 422) },
);

export const startShower = session.post(
  "/showers/bookings/{bookingId}/start",
  "startShower",
  "Start the booked shower (check-in); a slot not started in time is released",
  { headers, params: BookingParams },
  { 200: jsonContent(ShowerBookingSchema, "Started"), ...errors(401, 403, 404, 409) },
);

export const joinShowerQueue = session.post(
  "/showers/queue",
  "joinShowerQueue",
  "Queue for the next shower when none is free",
  { headers, body: jsonBody(IdempotencySchema) },
  { 200: jsonContent(z.object({ id: z.string(), status: z.string() }), "In the queue"), ...errors(401, 403, 409, 422) },
);

export const acceptShowerOffer = session.post(
  "/showers/offers/{bookingId}/accept",
  "acceptShowerOffer",
  "Take the shower offered from the queue",
  { headers, params: BookingParams },
  { 200: jsonContent(ShowerBookingSchema, "Booked"), ...errors(401, 403, 404, 409) },
);

export const declineShowerOffer = session.post(
  "/showers/offers/{bookingId}/decline",
  "declineShowerOffer",
  "Let the offered shower go to the next in line",
  { headers, params: BookingParams },
  { 200: Declined, ...errors(401, 403, 404) },
);
