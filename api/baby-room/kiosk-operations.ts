import { createRoute } from "@hono/zod-openapi";
import {
  BookingParams,
  bookingErrors,
  byDevice,
  Declined,
  EntryParams,
  headers,
  inSession,
} from "../identity/kiosk-operation";
import { errors, jsonBody, jsonContent } from "../shared/router";
import {
  AcceptOfferSchema,
  BabyBookingSchema,
  BookSessionSchema,
  CheckInSchema,
  JoinSessionWaitlistSchema,
  KioskOverviewSchema,
  PickupCodeInputSchema,
  PickupCodeSchema,
  PickupSchema,
  SessionWaitlistEntrySchema,
} from "./schemas";

// OpenAPI definitions of these operations; kiosk-routes.ts joins each to its verb.
const tags = ["baby-room"];
const BookingAnswer = jsonContent(BabyBookingSchema, "The booking");

export const getBabyRoomOverview = createRoute({
  method: "get",
  path: "/overview",
  tags,
  operationId: "getBabyRoomOverview",
  summary: "The guardian's children with free sessions left and bookings, and the sessions open for booking",
  ...inSession,
  request: { headers },
  responses: { 200: jsonContent(KioskOverviewSchema, "The overview"), ...errors(401, 403, 404) },
});

export const bookBabySession = createRoute({
  method: "post",
  path: "/bookings",
  tags,
  operationId: "bookBabySession",
  summary: "Book a session for one of the guardian's children (idempotent by key)",
  ...inSession,
  request: { headers, body: jsonBody(BookSessionSchema) },
  responses: { 200: BookingAnswer, ...bookingErrors },
});

export const cancelBabySession = createRoute({
  method: "post",
  path: "/bookings/{bookingId}/cancel",
  tags,
  operationId: "cancelBabySession",
  summary: "Cancel; before the cut-off the free session is given back, once",
  ...inSession,
  request: { headers, params: BookingParams },
  responses: { 200: BookingAnswer, ...bookingErrors },
});

export const checkInChild = createRoute({
  method: "post",
  path: "/bookings/{bookingId}/check-in",
  tags,
  operationId: "checkInChild",
  summary: "A guardian checks the child in with the entry answers (recorded either way)",
  ...inSession,
  request: { headers, params: BookingParams, body: jsonBody(CheckInSchema) },
  responses: { 200: BookingAnswer, ...bookingErrors },
});

export const checkOutChild = createRoute({
  method: "post",
  path: "/bookings/{bookingId}/check-out",
  tags,
  operationId: "checkOutChild",
  summary: "Take the child home: only a guardian authorised for this child; any other pass is refused and recorded",
  ...inSession,
  request: { headers, params: BookingParams },
  responses: { 200: BookingAnswer, ...bookingErrors },
});

export const createPickupCode = createRoute({
  method: "post",
  path: "/pickup-codes",
  tags,
  operationId: "createPickupCode",
  summary: "A one-off code for a named person to collect the child today (shown once)",
  ...inSession,
  request: { headers, body: jsonBody(PickupCodeInputSchema) },
  responses: { 201: jsonContent(PickupCodeSchema, "The code"), ...bookingErrors },
});

export const pickUpWithCode = createRoute({
  method: "post",
  path: "/pickup",
  tags,
  operationId: "pickUpWithCode",
  summary: "The person named on a pickup code collects the child (no pass needed; the code works once)",
  ...byDevice,
  request: { body: jsonBody(PickupSchema) },
  responses: { 200: BookingAnswer, ...errors(401, 403, 404, 409, 422, 429) },
});

const WaitlistAnswer = jsonContent(SessionWaitlistEntrySchema, "The place in line");

export const joinBabySessionWaitlist = createRoute({
  method: "post",
  path: "/waitlist",
  tags,
  operationId: "joinBabySessionWaitlist",
  summary: "Put a child in line for a full session; a freed place is offered for that session (idempotent by key)",
  ...inSession,
  request: { headers, body: jsonBody(JoinSessionWaitlistSchema) },
  responses: { 200: WaitlistAnswer, ...bookingErrors },
});

export const leaveBabySessionWaitlist = createRoute({
  method: "post",
  path: "/waitlist/{entryId}/cancel",
  tags,
  operationId: "leaveBabySessionWaitlist",
  summary: "Take the child out of the line",
  ...inSession,
  request: { headers, params: EntryParams },
  responses: { 200: WaitlistAnswer, ...bookingErrors },
});

export const acceptBabySessionOffer = createRoute({
  method: "post",
  path: "/offers/{bookingId}/accept",
  tags,
  operationId: "acceptBabySessionOffer",
  summary: "Take the place held for the child; the free session is used (or the agreed price paid) with it, once",
  ...inSession,
  request: { headers, params: BookingParams, body: jsonBody(AcceptOfferSchema) },
  responses: { 200: BookingAnswer, ...bookingErrors },
});

export const declineBabySessionOffer = createRoute({
  method: "post",
  path: "/offers/{bookingId}/decline",
  tags,
  operationId: "declineBabySessionOffer",
  summary: "Let the held place go to the next in line",
  ...inSession,
  request: { headers, params: BookingParams },
  responses: { 200: Declined, ...bookingErrors },
});
