import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { requireKiosk } from "../identity/kiosk-guard";
import { requireKioskSession, sessionResident } from "../identity/kiosk-session";
import type { AppEnv } from "../shared/context";
import { keyed } from "../shared/idempotency";
import { createRouter, errors, jsonBody, jsonContent } from "../shared/router";
import { bookSession } from "./book-session";
import { cancelSession } from "./cancel-session";
import { checkInChild } from "./check-in-child";
import { checkOutChild, pickUpWithCode } from "./check-out-child";
import { createPickupCode } from "./create-pickup-code";
import { babyBookingView, findBabyBooking } from "./find-baby-booking";
import { kioskOverview } from "./kiosk-overview";
import {
  BabyBookingSchema,
  BookSessionSchema,
  CheckInSchema,
  KioskOverviewSchema,
  PickupCodeInputSchema,
  PickupCodeSchema,
  PickupSchema,
} from "./schemas";

const tags = ["baby-room"];
const security = [{ kioskToken: [] }];
const headers = z.object({ "x-kiosk-session": z.string().min(1) });
const middleware = [requireKiosk, requireKioskSession];
const BookingParams = z.object({
  bookingId: z
    .string()
    .min(1)
    .openapi({ param: { name: "bookingId", in: "path" } }),
});
const BookingAnswer = jsonContent(BabyBookingSchema, "The booking");
const bookingErrors = errors(401, 403, 404, 409, 422);

/** Guardians are residents with passes; a courier's session has no children here. */
const guardian = (c: Context<AppEnv>) => sessionResident(c, "The baby room is for children's guardians").id;

export const babyRoomKioskRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/overview",
      tags,
      operationId: "getBabyRoomOverview",
      summary: "The guardian's children with free sessions left and bookings, and the sessions open for booking",
      middleware,
      security,
      request: { headers },
      responses: { 200: jsonContent(KioskOverviewSchema, "The overview"), ...errors(401, 403, 404) },
    }),
    async (c) => c.json(await kioskOverview(c.var.deps, { kiosk: c.var.kiosk, guardianId: guardian(c) }), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/bookings",
      tags,
      operationId: "bookBabySession",
      summary: "Book a session for one of the guardian's children (idempotent by key)",
      middleware,
      security,
      request: { headers, body: jsonBody(BookSessionSchema) },
      responses: { 200: BookingAnswer, ...bookingErrors },
    }),
    async (c) => {
      const { communityId } = c.var.kiosk;
      const body = c.req.valid("json");
      return c.json(
        await keyed(c, "bookBabySession", body, async (claimId) => {
          const booking = await bookSession(c.var.deps, {
            communityId,
            ...body,
            guardianId: guardian(c),
            idempotencyKey: claimId,
          });
          return babyBookingView(await findBabyBooking(c.var.deps, { communityId, bookingId: booking.id }));
        }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/bookings/{bookingId}/cancel",
      tags,
      operationId: "cancelBabySession",
      summary: "Cancel; before the cut-off the free session is given back, once",
      middleware,
      security,
      request: { headers, params: BookingParams },
      responses: { 200: BookingAnswer, ...bookingErrors },
    }),
    async (c) => {
      const done = await cancelSession(c.var.deps, {
        communityId: c.var.kiosk.communityId,
        bookingId: c.req.valid("param").bookingId,
        guardianId: guardian(c),
      });
      return c.json(babyBookingView(done, done.refunded), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/bookings/{bookingId}/check-in",
      tags,
      operationId: "checkInChild",
      summary: "A guardian checks the child in with the entry answers (recorded either way)",
      middleware,
      security,
      request: { headers, params: BookingParams, body: jsonBody(CheckInSchema) },
      responses: { 200: BookingAnswer, ...bookingErrors },
    }),
    async (c) => {
      const { temperature, symptoms } = c.req.valid("json");
      const done = await checkInChild(c.var.deps, {
        kiosk: c.var.kiosk,
        bookingId: c.req.valid("param").bookingId,
        guardianId: guardian(c),
        answers: { temperatureTenths: Math.round(temperature * 10), symptoms },
      });
      return c.json(babyBookingView(done), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/bookings/{bookingId}/check-out",
      tags,
      operationId: "checkOutChild",
      summary: "Take the child home: only a guardian authorised for this child; any other pass is refused and recorded",
      middleware,
      security,
      request: { headers, params: BookingParams },
      responses: { 200: BookingAnswer, ...bookingErrors },
    }),
    async (c) => {
      const done = await checkOutChild(c.var.deps, {
        kiosk: c.var.kiosk,
        bookingId: c.req.valid("param").bookingId,
        by: { kind: "pass", residentId: c.var.kioskSession.holder.id },
      });
      return c.json(babyBookingView(done), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/pickup-codes",
      tags,
      operationId: "createPickupCode",
      summary: "A one-off code for a named person to collect the child today (shown once)",
      middleware,
      security,
      request: { headers, body: jsonBody(PickupCodeInputSchema) },
      responses: { 201: jsonContent(PickupCodeSchema, "The code"), ...bookingErrors },
    }),
    async (c) =>
      c.json(
        await createPickupCode(c.var.deps, {
          communityId: c.var.kiosk.communityId,
          ...c.req.valid("json"),
          guardianId: guardian(c),
        }),
        201,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/pickup",
      tags,
      operationId: "pickUpWithCode",
      summary: "The person named on a pickup code collects the child (no pass needed; the code works once)",
      middleware: [requireKiosk],
      security,
      request: { body: jsonBody(PickupSchema) },
      responses: { 200: BookingAnswer, ...errors(401, 403, 404, 409, 422) },
    }),
    async (c) =>
      c.json(
        babyBookingView(await pickUpWithCode(c.var.deps, { kiosk: c.var.kiosk, code: c.req.valid("json").code })),
        200,
      ),
  );
