import { z } from "@hono/zod-openapi";
import { communityStaff } from "../../staff/guard";
import { CommunityParams, jsonBody, made, ok, pathParam, routesOf } from "../../shared/router";
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
const admins = routesOf({ tags, middleware: communityStaff("district_admin", "community_admin") });
const base = "/{communityId}/study-room";
const SeatParams = CommunityParams.extend({ seatId: pathParam("seatId") });
const BanParams = CommunityParams.extend({ banId: pathParam("banId") });

export const getStudyRoomSetup = admins.get(
  base,
  "getStudyRoomSetup",
  "Seats, weekly hours, closures to come and the booking rules",
  { params: CommunityParams },
  ok(SetupSchema, "The setup", 404),
);

export const addStudySeat = admins.post(
  `${base}/seats`,
  "addStudySeat",
  "Add a seat to the map",
  { params: CommunityParams, body: jsonBody(SeatInputSchema) },
  made(SeatSchema, "Added", 404, 409),
);

export const updateStudySeat = admins.put(
  `${base}/seats/{seatId}`,
  "updateStudySeat",
  "Move, relabel or change a seat's features",
  { params: SeatParams, body: jsonBody(SeatInputSchema) },
  ok(SeatSchema, "Saved", 404, 409),
);

export const takeStudySeatOutOfService = admins.post(
  `${base}/seats/{seatId}/out-of-service`,
  "takeStudySeatOutOfService",
  "Take a seat out of service: its bookings to come move to a similar seat or are cancelled with notice",
  { params: SeatParams, body: jsonBody(ReasonSchema) },
  ok(SeatServiceSchema, "Out of service", 404),
);

export const returnStudySeatToService = admins.post(
  `${base}/seats/{seatId}/in-service`,
  "returnStudySeatToService",
  "Put a seat back in service",
  { params: SeatParams },
  ok(SeatServiceSchema, "In service", 404),
);

export const setStudyRoomHours = admins.put(
  `${base}/hours`,
  "setStudyRoomHours",
  "Replace the weekly opening hours (a weekday left out is closed)",
  { params: CommunityParams, body: jsonBody(WeeklyHoursSchema) },
  ok(WeeklyHoursSchema, "Saved", 404),
);

export const setStudyRoomPolicy = admins.put(
  `${base}/policy`,
  "setStudyRoomPolicy",
  "Steps, limits, grace period, 暂离, strikes and bans, waitlist offers",
  { params: CommunityParams, body: jsonBody(PolicySchema) },
  ok(PolicyViewSchema, "Saved", 404),
);

export const addStudyRoomClosure = admins.post(
  `${base}/closures`,
  "addStudyRoomClosure",
  "Close the room for a while; bookings inside it are cancelled with notice",
  { params: CommunityParams, body: jsonBody(ClosureInputSchema) },
  made(
    z.object({
      id: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      reason: z.string(),
      bookingsCancelled: z.number(),
    }),
    "Closed",
    404,
  ),
);

export const removeStudyRoomClosure = admins.delete(
  `${base}/closures/{closureId}`,
  "removeStudyRoomClosure",
  "Remove a closure",
  { params: CommunityParams.extend({ closureId: pathParam("closureId") }) },
  ok(z.object({ id: z.string(), removed: z.literal(true) }), "Removed", 404),
);

export const getStudyRoomLiveMap = admins.get(
  `${base}/live`,
  "getStudyRoomLiveMap",
  "Every seat's state now and its bookings of the day, with names",
  { params: CommunityParams, query: DateQuery },
  ok(LiveMapSchema, "The map", 404),
);

export const cancelStudyBookingForResident = admins.post(
  `${base}/bookings/{bookingId}/cancel`,
  "cancelStudyBookingForResident",
  "Staff override: cancel or end a booking with a reason the person sees (no strike)",
  { params: CommunityParams.extend({ bookingId: pathParam("bookingId") }), body: jsonBody(ReasonSchema) },
  ok(z.object({ bookingId: z.string(), cancelled: z.literal(true) }), "Cancelled", 404, 409),
);

export const getStudyRoomUtilisation = admins.get(
  `${base}/utilisation`,
  "getStudyRoomUtilisation",
  "Time seats were used over open seat time, by weekday and hour",
  { params: CommunityParams, query: UtilisationQuery },
  ok(UtilisationSchema, "The heatmap", 404),
);

export const getStudyRoomNoShows = admins.get(
  `${base}/no-shows`,
  "getStudyRoomNoShows",
  "No-shows in the strike window, strikes per person, and bans",
  { params: CommunityParams },
  ok(NoShowReportSchema, "The list", 404),
);

export const liftStudyRoomBan = admins.post(
  `${base}/bans/{banId}/lift`,
  "liftStudyRoomBan",
  "Lift a ban early, with a reason (audited)",
  { params: BanParams, body: jsonBody(ReasonSchema) },
  ok(BanSchema, "Lifted", 404, 409),
);

export const extendStudyRoomBan = admins.post(
  `${base}/bans/{banId}/extend`,
  "extendStudyRoomBan",
  "Extend a ban to a later date, with a reason (audited)",
  { params: BanParams, body: jsonBody(ExtendBanSchema) },
  ok(BanSchema, "Extended", 404, 409),
);
