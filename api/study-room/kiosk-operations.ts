import { createRoute } from "@hono/zod-openapi";
import { BookingParams, bookingErrors, Declined, EntryParams, headers, inSession } from "../identity/kiosk-operation";
import { errors, jsonBody, jsonContent } from "../shared/router";
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
const BookingAnswer = jsonContent(SeatBookingSchema, "The booking");

/**
 * One route per act on a booking of one's own: the same shape, a different verb. The verb stays a
 * literal type, so the typed client has a key per act rather than one for any string.
 */
const bookingAct = <P extends string>(path: P, operationId: string, summary: string) =>
  createRoute({
    method: "post",
    path: `/bookings/{bookingId}/${path}`,
    tags,
    operationId,
    summary,
    ...inSession,
    request: { headers, params: BookingParams },
    responses: { 200: BookingAnswer, ...bookingErrors },
  });

export const getStudyDay = createRoute({
  method: "get",
  path: "/day",
  tags,
  operationId: "getStudyDay",
  summary: "The seat map for a date, with the person's own bookings, offers and any ban",
  ...inSession,
  request: { headers, query: DateQuery },
  responses: { 200: jsonContent(StudyDaySchema, "The day"), ...errors(401, 403, 404, 422) },
});

export const bookSeat = createRoute({
  method: "post",
  path: "/bookings",
  tags,
  operationId: "bookSeat",
  summary: "Book a seat for a time range (idempotent by key)",
  ...inSession,
  request: { headers, body: jsonBody(BookSeatSchema) },
  responses: { 200: BookingAnswer, ...bookingErrors },
});

export const walkInSeat = createRoute({
  method: "post",
  path: "/walk-in",
  tags,
  operationId: "walkInSeat",
  summary: "Any free seat now, checked in at once (idempotent by key)",
  ...inSession,
  request: { headers, body: jsonBody(WalkInSchema) },
  responses: { 200: BookingAnswer, ...bookingErrors },
});

export const stepOutOfSeat = createRoute({
  method: "post",
  path: "/bookings/{bookingId}/step-out",
  tags,
  operationId: "stepOutOfSeat",
  summary: "暂离: keep the seat for a while",
  ...inSession,
  request: { headers, params: BookingParams },
  responses: { 200: jsonContent(StepOutSchema, "Away until"), ...bookingErrors },
});

export const declineSeatOffer = createRoute({
  method: "post",
  path: "/bookings/{bookingId}/decline",
  tags,
  operationId: "declineSeatOffer",
  summary: "Say no to an offered seat; it goes to the next in line",
  ...inSession,
  request: { headers, params: BookingParams },
  responses: { 200: Declined, ...bookingErrors },
});

export const joinSeatWaitlist = createRoute({
  method: "post",
  path: "/waitlist",
  tags,
  operationId: "joinSeatWaitlist",
  summary: "Wait for a seat in a full time range (idempotent by key)",
  ...inSession,
  request: { headers, body: jsonBody(JoinWaitlistSchema) },
  responses: { 200: jsonContent(WaitlistEntrySchema, "In line"), ...bookingErrors },
});

export const leaveSeatWaitlist = createRoute({
  method: "post",
  path: "/waitlist/{entryId}/cancel",
  tags,
  operationId: "leaveSeatWaitlist",
  summary: "Stop waiting",
  ...inSession,
  request: { headers, params: EntryParams },
  responses: { 200: jsonContent(WaitlistEntrySchema, "Left the line"), ...bookingErrors },
});

export const checkInSeat = bookingAct(
  "check-in",
  "checkInSeat",
  "Check in at the room's kiosk within the grace period",
);
export const comeBackToSeat = bookingAct("come-back", "comeBackToSeat", "Back from 暂离 in time");
export const leaveSeat = bookingAct(
  "leave",
  "leaveSeat",
  "Leave early (the rest is freed) or cancel a booking not yet started",
);
export const acceptSeatOffer = bookingAct(
  "accept",
  "acceptSeatOffer",
  "Take a seat offered from the waitlist before the offer runs out",
);
