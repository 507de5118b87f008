import { createRoute, z } from "@hono/zod-openapi";
import { communityStaff } from "../../staff/guard";
import { CommunityParams, errors, jsonBody, jsonContent, staffErrors } from "../../shared/router";
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
} from "./schemas";
import { DateQuery, SeatSchema } from "../schemas";

// The study room's staff operations as OpenAPI definitions; admin-routes.ts joins each to its verb.
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

export const getStudyRoomSetup = createRoute({
  method: "get",
  path: base,
  tags,
  operationId: "getStudyRoomSetup",
  summary: "Seats, weekly hours, closures to come and the booking rules",
  middleware: admins,
  request: { params: CommunityParams },
  responses: { ...Ok(SetupSchema, "The setup"), ...errors(404) },
});

export const addStudySeat = createRoute({
  method: "post",
  path: `${base}/seats`,
  tags,
  operationId: "addStudySeat",
  summary: "Add a seat to the map",
  middleware: admins,
  request: { params: CommunityParams, body: jsonBody(SeatInputSchema) },
  responses: { 201: jsonContent(SeatSchema, "Added"), ...errors(404, 409), ...staffErrors },
});

export const updateStudySeat = createRoute({
  method: "put",
  path: `${base}/seats/{seatId}`,
  tags,
  operationId: "updateStudySeat",
  summary: "Move, relabel or change a seat's features",
  middleware: admins,
  request: { params: CommunityParams.extend({ seatId: param("seatId") }), body: jsonBody(SeatInputSchema) },
  responses: { ...Ok(SeatSchema, "Saved"), ...errors(404, 409) },
});

export const takeStudySeatOutOfService = createRoute({
  method: "post",
  path: `${base}/seats/{seatId}/out-of-service`,
  tags,
  operationId: "takeStudySeatOutOfService",
  summary: "Take a seat out of service: its bookings to come move to a similar seat or are cancelled with notice",
  middleware: admins,
  request: { params: CommunityParams.extend({ seatId: param("seatId") }), body: jsonBody(ReasonSchema) },
  responses: { ...Ok(SeatServiceSchema, "Out of service"), ...errors(404) },
});

export const returnStudySeatToService = createRoute({
  method: "post",
  path: `${base}/seats/{seatId}/in-service`,
  tags,
  operationId: "returnStudySeatToService",
  summary: "Put a seat back in service",
  middleware: admins,
  request: { params: CommunityParams.extend({ seatId: param("seatId") }) },
  responses: { ...Ok(SeatServiceSchema, "In service"), ...errors(404) },
});

export const setStudyRoomHours = createRoute({
  method: "put",
  path: `${base}/hours`,
  tags,
  operationId: "setStudyRoomHours",
  summary: "Replace the weekly opening hours (a weekday left out is closed)",
  middleware: admins,
  request: { params: CommunityParams, body: jsonBody(WeeklyHoursSchema) },
  responses: { ...Ok(WeeklyHoursSchema, "Saved"), ...errors(404) },
});

export const setStudyRoomPolicy = createRoute({
  method: "put",
  path: `${base}/policy`,
  tags,
  operationId: "setStudyRoomPolicy",
  summary: "Steps, limits, grace period, 暂离, strikes and bans, waitlist offers",
  middleware: admins,
  request: { params: CommunityParams, body: jsonBody(PolicySchema) },
  responses: { ...Ok(PolicyViewSchema, "Saved"), ...errors(404) },
});

export const addStudyRoomClosure = createRoute({
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
});

export const removeStudyRoomClosure = createRoute({
  method: "delete",
  path: `${base}/closures/{closureId}`,
  tags,
  operationId: "removeStudyRoomClosure",
  summary: "Remove a closure",
  middleware: admins,
  request: { params: CommunityParams.extend({ closureId: param("closureId") }) },
  responses: { ...Ok(z.object({ id: z.string(), removed: z.literal(true) }), "Removed"), ...errors(404) },
});

export const getStudyRoomLiveMap = createRoute({
  method: "get",
  path: `${base}/live`,
  tags,
  operationId: "getStudyRoomLiveMap",
  summary: "Every seat's state now and its bookings of the day, with names",
  middleware: admins,
  request: { params: CommunityParams, query: DateQuery },
  responses: { ...Ok(LiveMapSchema, "The map"), ...errors(404) },
});

export const cancelStudyBookingForResident = createRoute({
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
});

export const getStudyRoomUtilisation = createRoute({
  method: "get",
  path: `${base}/utilisation`,
  tags,
  operationId: "getStudyRoomUtilisation",
  summary: "Time seats were used over open seat time, by weekday and hour",
  middleware: admins,
  request: { params: CommunityParams, query: UtilisationQuery },
  responses: { ...Ok(UtilisationSchema, "The heatmap"), ...errors(404) },
});

export const getStudyRoomNoShows = createRoute({
  method: "get",
  path: `${base}/no-shows`,
  tags,
  operationId: "getStudyRoomNoShows",
  summary: "No-shows in the strike window, strikes per person, and bans",
  middleware: admins,
  request: { params: CommunityParams },
  responses: { ...Ok(NoShowReportSchema, "The list"), ...errors(404) },
});

export const liftStudyRoomBan = createRoute({
  method: "post",
  path: `${base}/bans/{banId}/lift`,
  tags,
  operationId: "liftStudyRoomBan",
  summary: "Lift a ban early, with a reason (audited)",
  middleware: admins,
  request: { params: CommunityParams.extend({ banId: param("banId") }), body: jsonBody(ReasonSchema) },
  responses: { ...Ok(BanSchema, "Lifted"), ...errors(404, 409) },
});

export const extendStudyRoomBan = createRoute({
  method: "post",
  path: `${base}/bans/{banId}/extend`,
  tags,
  operationId: "extendStudyRoomBan",
  summary: "Extend a ban to a later date, with a reason (audited)",
  middleware: admins,
  request: { params: CommunityParams.extend({ banId: param("banId") }), body: jsonBody(ExtendBanSchema) },
  responses: { ...Ok(BanSchema, "Extended"), ...errors(404, 409) },
});
