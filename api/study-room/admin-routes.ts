import { createRoute, z } from "@hono/zod-openapi";
import { communityStaff } from "../staff/guard";
import { CommunityParams, createRouter, errors, jsonBody, jsonContent, staffErrors } from "../shared/router";
import { cancelBookingFor } from "./admin/cancel-booking-for";
import { extendBan, liftBan } from "./admin/change-ban";
import { addSeat, updateSeat } from "./admin/edit-seats";
import { liveMap } from "./admin/live-map";
import { noShowReport } from "./admin/no-shows";
import {
  BanSchema,
  ClosureInputSchema,
  ExtendBanSchema,
  LiveMapSchema,
  NoShowReportSchema,
  PolicySchema,
  PolicyViewSchema,
  ReasonSchema,
  SeatInputSchema,
  SeatServiceSchema,
  SetupSchema,
  UtilisationQuery,
  UtilisationSchema,
  WeeklyHoursSchema,
} from "./admin/schemas";
import { returnSeatToService, takeSeatOutOfService } from "./admin/seat-service";
import { addClosure, removeClosure, setBookingPolicy, setWeeklyHours } from "./admin/set-schedule";
import { studyRoomSetup } from "./admin/study-room-setup";
import { studyUtilisation } from "./admin/utilisation";
import { isoOrNull } from "../shared/time";
import { DateQuery, SeatSchema } from "./schemas";

const tags = ["study-room"];
// No role runs the study room alone: the community's admins do (district admins for theirs).
const admins = communityStaff("district_admin", "community_admin");
const param = (name: string) =>
  z
    .string()
    .min(1)
    .openapi({ param: { name, in: "path" } });
const base = "/{communityId}/study-room";
const Ok = <T extends z.ZodType>(schema: T, description: string) => ({
  200: jsonContent(schema, description),
  ...staffErrors,
});
const banView = (b: { id: string; endsAt: Date; liftedAt: Date | null }) => ({
  id: b.id,
  endsAt: b.endsAt.toISOString(),
  liftedAt: isoOrNull(b.liftedAt),
});

export const studyRoomAdminRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: base,
      tags,
      operationId: "getStudyRoomSetup",
      summary: "Seats, weekly hours, closures to come and the booking rules",
      middleware: admins,
      request: { params: CommunityParams },
      responses: { ...Ok(SetupSchema, "The setup"), ...errors(404) },
    }),
    async (c) => c.json(await studyRoomSetup(c.var.deps, c.req.valid("param").communityId), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${base}/seats`,
      tags,
      operationId: "addStudySeat",
      summary: "Add a seat to the map",
      middleware: admins,
      request: { params: CommunityParams, body: jsonBody(SeatInputSchema) },
      responses: { 201: jsonContent(SeatSchema, "Added"), ...errors(404, 409), ...staffErrors },
    }),
    async (c) =>
      c.json(await addSeat(c.var.deps, c.var.staff, c.req.valid("param").communityId, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "put",
      path: `${base}/seats/{seatId}`,
      tags,
      operationId: "updateStudySeat",
      summary: "Move, relabel or change a seat's features",
      middleware: admins,
      request: { params: CommunityParams.extend({ seatId: param("seatId") }), body: jsonBody(SeatInputSchema) },
      responses: { ...Ok(SeatSchema, "Saved"), ...errors(404, 409) },
    }),
    async (c) => {
      const { communityId, seatId } = c.req.valid("param");
      return c.json(await updateSeat(c.var.deps, c.var.staff, communityId, seatId, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${base}/seats/{seatId}/out-of-service`,
      tags,
      operationId: "takeStudySeatOutOfService",
      summary: "Take a seat out of service: its bookings to come move to a similar seat or are cancelled with notice",
      middleware: admins,
      request: { params: CommunityParams.extend({ seatId: param("seatId") }), body: jsonBody(ReasonSchema) },
      responses: { ...Ok(SeatServiceSchema, "Out of service"), ...errors(404) },
    }),
    async (c) => {
      const { communityId, seatId } = c.req.valid("param");
      return c.json(
        await takeSeatOutOfService(c.var.deps, c.var.staff, communityId, seatId, c.req.valid("json").reason),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${base}/seats/{seatId}/in-service`,
      tags,
      operationId: "returnStudySeatToService",
      summary: "Put a seat back in service",
      middleware: admins,
      request: { params: CommunityParams.extend({ seatId: param("seatId") }) },
      responses: { ...Ok(SeatServiceSchema, "In service"), ...errors(404) },
    }),
    async (c) => {
      const { communityId, seatId } = c.req.valid("param");
      return c.json(await returnSeatToService(c.var.deps, c.var.staff, communityId, seatId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: `${base}/hours`,
      tags,
      operationId: "setStudyRoomHours",
      summary: "Replace the weekly opening hours (a weekday left out is closed)",
      middleware: admins,
      request: { params: CommunityParams, body: jsonBody(WeeklyHoursSchema) },
      responses: { ...Ok(WeeklyHoursSchema, "Saved"), ...errors(404) },
    }),
    async (c) =>
      c.json(
        await setWeeklyHours(c.var.deps, c.var.staff, c.req.valid("param").communityId, c.req.valid("json").days),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "put",
      path: `${base}/policy`,
      tags,
      operationId: "setStudyRoomPolicy",
      summary: "Steps, limits, grace period, 暂离, strikes and bans, waitlist offers",
      middleware: admins,
      request: { params: CommunityParams, body: jsonBody(PolicySchema) },
      responses: { ...Ok(PolicyViewSchema, "Saved"), ...errors(404) },
    }),
    async (c) =>
      c.json(
        await setBookingPolicy(c.var.deps, c.var.staff, c.req.valid("param").communityId, c.req.valid("json")),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${base}/closures`,
      tags,
      operationId: "addStudyRoomClosure",
      summary: "Close the room for a while; bookings inside it are cancelled with notice",
      middleware: admins,
      request: { params: CommunityParams, body: jsonBody(ClosureInputSchema) },
      responses: {
        201: jsonContent(
          z.object({
            id: z.string(),
            startsAt: z.string(),
            endsAt: z.string(),
            reason: z.string(),
            bookingsCancelled: z.number(),
          }),
          "Closed",
        ),
        ...errors(404),
        ...staffErrors,
      },
    }),
    async (c) =>
      c.json(await addClosure(c.var.deps, c.var.staff, c.req.valid("param").communityId, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: `${base}/closures/{closureId}`,
      tags,
      operationId: "removeStudyRoomClosure",
      summary: "Remove a closure",
      middleware: admins,
      request: { params: CommunityParams.extend({ closureId: param("closureId") }) },
      responses: { ...Ok(z.object({ id: z.string(), removed: z.literal(true) }), "Removed"), ...errors(404) },
    }),
    async (c) => {
      const { communityId, closureId } = c.req.valid("param");
      return c.json(await removeClosure(c.var.deps, c.var.staff, communityId, closureId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: `${base}/live`,
      tags,
      operationId: "getStudyRoomLiveMap",
      summary: "Every seat's state now and its bookings of the day, with names",
      middleware: admins,
      request: { params: CommunityParams, query: DateQuery },
      responses: { ...Ok(LiveMapSchema, "The map"), ...errors(404) },
    }),
    async (c) => c.json(await liveMap(c.var.deps, c.req.valid("param").communityId, c.req.valid("query").date), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${base}/bookings/{bookingId}/cancel`,
      tags,
      operationId: "cancelStudyBookingForResident",
      summary: "Staff override: cancel or end a booking with a reason the person sees (no strike)",
      middleware: admins,
      request: { params: CommunityParams.extend({ bookingId: param("bookingId") }), body: jsonBody(ReasonSchema) },
      responses: {
        ...Ok(z.object({ bookingId: z.string(), cancelled: z.literal(true) }), "Cancelled"),
        ...errors(404, 409),
      },
    }),
    async (c) => {
      const { communityId, bookingId } = c.req.valid("param");
      return c.json(
        await cancelBookingFor(c.var.deps, c.var.staff, communityId, bookingId, c.req.valid("json").reason),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: `${base}/utilisation`,
      tags,
      operationId: "getStudyRoomUtilisation",
      summary: "Time seats were used over open seat time, by weekday and hour",
      middleware: admins,
      request: { params: CommunityParams, query: UtilisationQuery },
      responses: { ...Ok(UtilisationSchema, "The heatmap"), ...errors(404) },
    }),
    async (c) =>
      c.json(await studyUtilisation(c.var.deps, c.req.valid("param").communityId, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: `${base}/no-shows`,
      tags,
      operationId: "getStudyRoomNoShows",
      summary: "No-shows in the strike window, strikes per person, and bans",
      middleware: admins,
      request: { params: CommunityParams },
      responses: { ...Ok(NoShowReportSchema, "The list"), ...errors(404) },
    }),
    async (c) => c.json(await noShowReport(c.var.deps, c.req.valid("param").communityId), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${base}/bans/{banId}/lift`,
      tags,
      operationId: "liftStudyRoomBan",
      summary: "Lift a ban early, with a reason (audited)",
      middleware: admins,
      request: { params: CommunityParams.extend({ banId: param("banId") }), body: jsonBody(ReasonSchema) },
      responses: { ...Ok(BanSchema, "Lifted"), ...errors(404, 409) },
    }),
    async (c) => {
      const { communityId, banId } = c.req.valid("param");
      return c.json(
        banView(await liftBan(c.var.deps, c.var.staff, communityId, banId, c.req.valid("json").reason)),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${base}/bans/{banId}/extend`,
      tags,
      operationId: "extendStudyRoomBan",
      summary: "Extend a ban to a later date, with a reason (audited)",
      middleware: admins,
      request: { params: CommunityParams.extend({ banId: param("banId") }), body: jsonBody(ExtendBanSchema) },
      responses: { ...Ok(BanSchema, "Extended"), ...errors(404, 409) },
    }),
    async (c) => {
      const { communityId, banId } = c.req.valid("param");
      return c.json(banView(await extendBan(c.var.deps, c.var.staff, communityId, banId, c.req.valid("json"))), 200);
    },
  );
