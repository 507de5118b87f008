import {
  BookingParams,
  bookingErrors,
  byDevice,
  Declined,
  EntryParams,
  headers,
  inSession,
} from "../identity/kiosk-operation";
import { errors, jsonBody, jsonContent, routesOf } from "../shared/router";
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
const session = routesOf({ tags, ...inSession });
const device = routesOf({ tags, ...byDevice });
const BookingAnswer = jsonContent(BabyBookingSchema, "The booking");
/** An act on one's own booking that takes nothing but its id and answers with the booking. */
const bookingAct = session.alike("post", { headers, params: BookingParams }, { 200: BookingAnswer, ...bookingErrors });

export const getBabyRoomOverview = session.get(
  "/overview",
  "getBabyRoomOverview",
  "The guardian's children with free sessions left and bookings, and the sessions open for booking",
  { headers },
  { 200: jsonContent(KioskOverviewSchema, "The overview"), ...errors(401, 403, 404) },
);

export const bookBabySession = session.post(
  "/bookings",
  "bookBabySession",
  "Book a session for one of the guardian's children (idempotent by key)",
  { headers, body: jsonBody(BookSessionSchema) },
  { 200: BookingAnswer, ...bookingErrors },
);

export const cancelBabySession = bookingAct(
  "/bookings/{bookingId}/cancel",
  "cancelBabySession",
  "Cancel; before the cut-off the free session is given back, once",
);

export const checkInChild = session.post(
  "/bookings/{bookingId}/check-in",
  "checkInChild",
  "A guardian checks the child in with the entry answers (recorded either way)",
  { headers, params: BookingParams, body: jsonBody(CheckInSchema) },
  { 200: BookingAnswer, ...bookingErrors },
);

export const checkOutChild = bookingAct(
  "/bookings/{bookingId}/check-out",
  "checkOutChild",
  "Take the child home: only a guardian authorised for this child; any other pass is refused and recorded",
);

export const createPickupCode = session.post(
  "/pickup-codes",
  "createPickupCode",
  "A one-off code for a named person to collect the child today (shown once)",
  { headers, body: jsonBody(PickupCodeInputSchema) },
  { 201: jsonContent(PickupCodeSchema, "The code"), ...bookingErrors },
);

export const pickUpWithCode = device.post(
  "/pickup",
  "pickUpWithCode",
  "The person named on a pickup code collects the child (no pass needed; the code works once)",
  { body: jsonBody(PickupSchema) },
  { 200: BookingAnswer, ...errors(401, 403, 404, 409, 422, 429) },
);

const WaitlistAnswer = jsonContent(SessionWaitlistEntrySchema, "The place in line");

export const joinBabySessionWaitlist = session.post(
  "/waitlist",
  "joinBabySessionWaitlist",
  "Put a child in line for a full session; a freed place is offered for that session (idempotent by key)",
  { headers, body: jsonBody(JoinSessionWaitlistSchema) },
  { 200: WaitlistAnswer, ...bookingErrors },
);

export const leaveBabySessionWaitlist = session.post(
  "/waitlist/{entryId}/cancel",
  "leaveBabySessionWaitlist",
  "Take the child out of the line",
  { headers, params: EntryParams },
  { 200: WaitlistAnswer, ...bookingErrors },
);

export const acceptBabySessionOffer = session.post(
  "/offers/{bookingId}/accept",
  "acceptBabySessionOffer",
  "Take the place held for the child; the free session is used (or the agreed price paid) with it, once",
  { headers, params: BookingParams, body: jsonBody(AcceptOfferSchema) },
  { 200: BookingAnswer, ...bookingErrors },
);

export const declineBabySessionOffer = session.post(
  "/offers/{bookingId}/decline",
  "declineBabySessionOffer",
  "Let the held place go to the next in line",
  { headers, params: BookingParams },
  { 200: Declined, ...bookingErrors },
);
