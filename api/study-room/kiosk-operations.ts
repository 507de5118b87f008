import { BookingParams, bookingErrors, Declined, EntryParams, headers, inSession } from "../identity/kiosk-operation";
import { errors, jsonBody, jsonContent, routesOf } from "../shared/router";
import {
  BookSeatSchema,
  DateQuery,
  JoinWaitlistSchema,
  SeatBookingSchema,
  StepOutSchema,
  StudyDaySchema,
  WaitlistEntrySchema,
  WalkInSchema,
} from "./schemas";

// The study room's kiosk operations as OpenAPI definitions; kiosk-routes.ts joins each to its verb.
const tags = ["study-room"];
const session = routesOf({ tags, ...inSession });
const BookingAnswer = jsonContent(SeatBookingSchema, "The booking");

/**
 * One route per act on a booking of one's own: the same shape, a different verb. The path stays a
 * literal type, so the typed client has a key per act rather than one for any string.
 */
const bookingAct = session.alike("post", { headers, params: BookingParams }, { 200: BookingAnswer, ...bookingErrors });

export const getStudyDay = session.get(
  "/day",
  "getStudyDay",
  "The seat map for a date, with the person's own bookings, offers and any ban",
  { headers, query: DateQuery },
  { 200: jsonContent(StudyDaySchema, "The day"), ...errors(401, 403, 404, 422) },
);

export const bookSeat = session.post(
  "/bookings",
  "bookSeat",
  "Book a seat for a time range (idempotent by key)",
  { headers, body: jsonBody(BookSeatSchema) },
  { 200: BookingAnswer, ...bookingErrors },
);

export const walkInSeat = session.post(
  "/walk-in",
  "walkInSeat",
  "Any free seat now, checked in at once (idempotent by key)",
  { headers, body: jsonBody(WalkInSchema) },
  { 200: BookingAnswer, ...bookingErrors },
);

export const stepOutOfSeat = session.post(
  "/bookings/{bookingId}/step-out",
  "stepOutOfSeat",
  "暂离: keep the seat for a while",
  { headers, params: BookingParams },
  { 200: jsonContent(StepOutSchema, "Away until"), ...bookingErrors },
);

export const declineSeatOffer = session.post(
  "/bookings/{bookingId}/decline",
  "declineSeatOffer",
  "Say no to an offered seat; it goes to the next in line",
  { headers, params: BookingParams },
  { 200: Declined, ...bookingErrors },
);

export const joinSeatWaitlist = session.post(
  "/waitlist",
  "joinSeatWaitlist",
  "Wait for a seat in a full time range (idempotent by key)",
  { headers, body: jsonBody(JoinWaitlistSchema) },
  { 200: jsonContent(WaitlistEntrySchema, "In line"), ...bookingErrors },
);

export const leaveSeatWaitlist = session.post(
  "/waitlist/{entryId}/cancel",
  "leaveSeatWaitlist",
  "Stop waiting",
  { headers, params: EntryParams },
  { 200: jsonContent(WaitlistEntrySchema, "Left the line"), ...bookingErrors },
);

export const checkInSeat = bookingAct(
  "/bookings/{bookingId}/check-in",
  "checkInSeat",
  "Check in at the room's kiosk within the grace period",
);
export const comeBackToSeat = bookingAct("/bookings/{bookingId}/come-back", "comeBackToSeat", "Back from 暂离 in time");
export const leaveSeat = bookingAct(
  "/bookings/{bookingId}/leave",
  "leaveSeat",
  "Leave early (the rest is freed) or cancel a booking not yet started",
);
export const acceptSeatOffer = bookingAct(
  "/bookings/{bookingId}/accept",
  "acceptSeatOffer",
  "Take a seat offered from the waitlist before the offer runs out",
);
