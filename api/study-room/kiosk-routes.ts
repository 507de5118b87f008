import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { requireKiosk } from "../identity/kiosk-guard";
import { requireKioskSession, sessionResident } from "../identity/kiosk-session";
import { acceptOffer, cancelWaitlistEntry, declineOffer } from "../booking/waitlist";
import type { AppEnv } from "../shared/context";
import { keyed } from "../shared/idempotency";
import { createRouter, errors, jsonBody, jsonContent } from "../shared/router";
import { bookSeat } from "./book-seat";
import { checkInSeat } from "./check-in-seat";
import { joinSeatWaitlist } from "./join-waitlist";
import { leaveSeat } from "./leave-seat";
import { seatBookingView, type Resident } from "./my-seat-booking";
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
import { comeBack, stepOut } from "./step-out";
import { studyDay } from "./study-day";
import { walkIn } from "./walk-in";

const tags = ["study-room"];
const security = [{ kioskToken: [] }];
const headers = z.object({ "x-kiosk-session": z.string().min(1) });
const middleware = [requireKiosk, requireKioskSession];
const BookingParams = z.object({
  bookingId: z
    .string()
    .min(1)
    .openapi({ param: { name: "bookingId", in: "path" } }),
});
const EntryParams = z.object({
  entryId: z
    .string()
    .min(1)
    .openapi({ param: { name: "entryId", in: "path" } }),
});
const BookingAnswer = jsonContent(SeatBookingSchema, "The booking");
const bookingErrors = errors(401, 403, 404, 409, 422);

/** Study seats are for residents; a courier's session cannot book one. */
const student = (c: Context<AppEnv>): Resident => sessionResident(c, "The study room is for residents");

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
    middleware,
    security,
    request: { headers, params: BookingParams },
    responses: { 200: BookingAnswer, ...bookingErrors },
  });

export const studyRoomKioskRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/day",
      tags,
      operationId: "getStudyDay",
      summary: "The seat map for a date, with the person's own bookings, offers and any ban",
      middleware,
      security,
      request: { headers, query: DateQuery },
      responses: { 200: jsonContent(StudyDaySchema, "The day"), ...errors(401, 403, 404, 422) },
    }),
    async (c) => c.json(await studyDay(c.var.deps, c.var.kiosk, student(c), c.req.valid("query").date), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/bookings",
      tags,
      operationId: "bookSeat",
      summary: "Book a seat for a time range (idempotent by key)",
      middleware,
      security,
      request: { headers, body: jsonBody(BookSeatSchema) },
      responses: { 200: BookingAnswer, ...bookingErrors },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const { seatId, startsAt, endsAt } = body;
      return c.json(
        await keyed(c, "bookSeat", body, async (claimId) =>
          seatBookingView(
            await bookSeat(c.var.deps, c.var.kiosk.communityId, {
              seatId,
              holder: student(c),
              range: { startsAt, endsAt },
              idempotencyKey: claimId,
            }),
          ),
        ),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/walk-in",
      tags,
      operationId: "walkInSeat",
      summary: "Any free seat now, checked in at once (idempotent by key)",
      middleware,
      security,
      request: { headers, body: jsonBody(WalkInSchema) },
      responses: { 200: BookingAnswer, ...bookingErrors },
    }),
    async (c) => {
      const body = c.req.valid("json");
      return c.json(
        await keyed(c, "walkInSeat", body, async (claimId) =>
          seatBookingView(
            await walkIn(c.var.deps, c.var.kiosk, { holder: student(c), ...body, idempotencyKey: claimId }),
          ),
        ),
        200,
      );
    },
  )
  .openapi(bookingAct("check-in", "checkInSeat", "Check in at the room's kiosk within the grace period"), async (c) =>
    c.json(
      seatBookingView(await checkInSeat(c.var.deps, c.var.kiosk, c.req.valid("param").bookingId, student(c))),
      200,
    ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/bookings/{bookingId}/step-out",
      tags,
      operationId: "stepOutOfSeat",
      summary: "暂离: keep the seat for a while",
      middleware,
      security,
      request: { headers, params: BookingParams },
      responses: { 200: jsonContent(StepOutSchema, "Away until"), ...bookingErrors },
    }),
    async (c) => {
      const { booking, backBy } = await stepOut(c.var.deps, c.var.kiosk, c.req.valid("param").bookingId, student(c));
      return c.json({ booking: seatBookingView(booking), backBy: backBy.toISOString() }, 200);
    },
  )
  .openapi(bookingAct("come-back", "comeBackToSeat", "Back from 暂离 in time"), async (c) =>
    c.json(seatBookingView(await comeBack(c.var.deps, c.var.kiosk, c.req.valid("param").bookingId, student(c))), 200),
  )
  .openapi(
    bookingAct("leave", "leaveSeat", "Leave early (the rest is freed) or cancel a booking not yet started"),
    async (c) =>
      c.json(
        seatBookingView(
          await leaveSeat(c.var.deps, c.var.kiosk.communityId, c.req.valid("param").bookingId, student(c)),
        ),
        200,
      ),
  )
  .openapi(
    bookingAct("accept", "acceptSeatOffer", "Take a seat offered from the waitlist before the offer runs out"),
    async (c) =>
      c.json(
        seatBookingView(
          await acceptOffer(c.var.deps, c.var.kiosk.communityId, c.req.valid("param").bookingId, student(c)),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/bookings/{bookingId}/decline",
      tags,
      operationId: "declineSeatOffer",
      summary: "Say no to an offered seat; it goes to the next in line",
      middleware,
      security,
      request: { headers, params: BookingParams },
      responses: {
        200: jsonContent(z.object({ bookingId: z.string(), declined: z.literal(true) }), "Declined"),
        ...bookingErrors,
      },
    }),
    async (c) =>
      c.json(await declineOffer(c.var.deps, c.var.kiosk.communityId, c.req.valid("param").bookingId, student(c)), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/waitlist",
      tags,
      operationId: "joinSeatWaitlist",
      summary: "Wait for a seat in a full time range (idempotent by key)",
      middleware,
      security,
      request: { headers, body: jsonBody(JoinWaitlistSchema) },
      responses: { 200: jsonContent(WaitlistEntrySchema, "In line"), ...bookingErrors },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const { startsAt, endsAt } = body;
      const entry = await keyed(c, "joinSeatWaitlist", body, async (claimId) => {
        const row = await joinSeatWaitlist(c.var.deps, c.var.kiosk.communityId, {
          holder: student(c),
          range: { startsAt, endsAt },
          idempotencyKey: claimId,
        });
        return {
          id: row.id,
          status: row.status,
          startsAt: row.startsAt.toISOString(),
          endsAt: row.endsAt.toISOString(),
        };
      });
      return c.json(entry, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/waitlist/{entryId}/cancel",
      tags,
      operationId: "leaveSeatWaitlist",
      summary: "Stop waiting",
      middleware,
      security,
      request: { headers, params: EntryParams },
      responses: { 200: jsonContent(WaitlistEntrySchema, "Left the line"), ...bookingErrors },
    }),
    async (c) => {
      const entry = await cancelWaitlistEntry(
        c.var.deps,
        c.var.kiosk.communityId,
        c.req.valid("param").entryId,
        student(c),
      );
      return c.json(
        {
          id: entry.id,
          status: entry.status,
          startsAt: entry.startsAt.toISOString(),
          endsAt: entry.endsAt.toISOString(),
        },
        200,
      );
    },
  );
