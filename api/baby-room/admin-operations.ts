import { z } from "@hono/zod-openapi";
import { staffMay } from "../staff/guard";
import { CommunityParams, csvFile, jsonBody, made, ok, pathParam, routesOf } from "../shared/router";
import {
  AddGuardianSchema,
  AdjustSchema,
  ClosureInputSchema,
  ClosureSchema,
  DoorEventsSchema,
  GuardianSchema,
  InRoomSchema,
  LedgerSchema,
  MadeWeekSchema,
  OneOffSessionSchema,
  PolicyChangedSchema,
  PolicyInputSchema,
  RemoveGuardianSchema,
  ReportSchema,
  SessionTypeInputSchema,
  SessionEditedSchema,
  SessionEditSchema,
  SessionRemovedSchema,
  SessionRemoveSchema,
  SessionTypeSchema,
  SetupSchema,
  TemplateDeletedSchema,
  TemplateInputSchema,
  TemplateSchema,
  WeekQuery,
  WeekSchema,
  YearQuery,
} from "./admin/schemas";

// OpenAPI definitions of these operations; admin-routes.ts joins each to its verb.
const tags = ["baby-room"];
// The room's own staff run it, with the community's admins; no canteen or station role sees it.
const staff = routesOf({ tags, middleware: staffMay({ facility: "baby_room", action: "operate" }) });
// The room's rules (free sessions, what is beyond them, its size) are managed, as the canteen's prices are.
const managers = routesOf({ tags, middleware: staffMay({ facility: "baby_room", action: "manage" }) });
const base = "/{communityId}/baby-room";
const ChildParams = CommunityParams.extend({ childId: pathParam("childId") });
const SessionParams = CommunityParams.extend({ sessionId: pathParam("sessionId") });
const TemplateParams = CommunityParams.extend({ templateId: pathParam("templateId") });

export const getBabyRoomSetup = staff.get(
  base,
  "getBabyRoomSetup",
  "The room's policy, session types and weekly templates",
  { params: CommunityParams },
  ok(SetupSchema, "The setup", 404),
);

export const updateBabyRoomPolicy = managers.put(
  `${base}/policy`,
  "updateBabyRoomPolicy",
  "Change the room's rules: free sessions a period, beyond them, no-shows, cut-off, room size (every session to come is resized), fever",
  { params: CommunityParams, body: jsonBody(PolicyInputSchema) },
  ok(PolicyChangedSchema, "Changed", 404, 409, 422),
);

export const addBabySessionType = staff.post(
  `${base}/session-types`,
  "addBabySessionType",
  "Add a session type (托育, 早教, 亲子) with its length, ages, ratio and allowance use",
  { params: CommunityParams, body: jsonBody(SessionTypeInputSchema) },
  made(SessionTypeSchema, "Added", 404, 409),
);

export const updateBabySessionType = staff.put(
  `${base}/session-types/{typeId}`,
  "updateBabySessionType",
  "Change a session type",
  { params: CommunityParams.extend({ typeId: pathParam("typeId") }), body: jsonBody(SessionTypeInputSchema) },
  ok(SessionTypeSchema, "Changed", 404, 409),
);

export const addBabySessionTemplate = staff.post(
  `${base}/templates`,
  "addBabySessionTemplate",
  "Add a weekly session: type, weekday, start and caregivers on duty",
  { params: CommunityParams, body: jsonBody(TemplateInputSchema) },
  made(TemplateSchema, "Added", 404, 409),
);

export const updateBabySessionTemplate = staff.put(
  `${base}/templates/{templateId}`,
  "updateBabySessionTemplate",
  "Change a weekly session; weeks made from now on follow it, sessions already made stay",
  { params: TemplateParams, body: jsonBody(TemplateInputSchema) },
  ok(TemplateSchema, "Changed", 404),
);

export const deleteBabySessionTemplate = staff.delete(
  `${base}/templates/{templateId}`,
  "deleteBabySessionTemplate",
  "Delete a weekly session: its sessions to come that nobody booked leave the calendar, booked ones stay as one-offs",
  { params: TemplateParams },
  ok(TemplateDeletedSchema, "Deleted", 404),
);

export const makeBabyRoomWeek = staff.post(
  `${base}/weeks/{monday}`,
  "makeBabyRoomWeek",
  "Make the week's sessions from the templates (none in a closure; twice makes them once)",
  { params: CommunityParams.extend({ monday: pathParam("monday") }) },
  ok(MadeWeekSchema, "Made", 404, 422),
);

export const addBabySession = staff.post(
  `${base}/sessions`,
  "addBabySession",
  "Add a one-off session",
  { params: CommunityParams, body: jsonBody(OneOffSessionSchema) },
  made(z.object({ id: z.string(), capacity: z.number().int() }).openapi("BabySessionMade"), "Added", 404, 409),
);

export const updateBabySession = staff.put(
  `${base}/sessions/{sessionId}`,
  "updateBabySession",
  "Change a session to come: caregivers (below what is booked: keep or cancel), or time and type while unbooked",
  { params: SessionParams, body: jsonBody(SessionEditSchema) },
  ok(SessionEditedSchema, "Changed", 404, 409, 422),
);

export const removeBabySession = staff.post(
  `${base}/sessions/{sessionId}/remove`,
  "removeBabySession",
  "Take a session off the calendar; its bookings are cancelled with notice and refunded once staff confirm",
  { params: SessionParams, body: jsonBody(SessionRemoveSchema) },
  ok(SessionRemovedSchema, "Removed", 404, 409),
);

export const getBabyRoomWeek = staff.get(
  `${base}/sessions`,
  "getBabyRoomWeek",
  "The week's sessions from a Monday with places taken",
  { params: CommunityParams, query: WeekQuery },
  ok(WeekSchema, "The week", 404),
);

export const getBabyRoomInRoom = staff.get(
  `${base}/in-room`,
  "getBabyRoomInRoom",
  "Who is in the room now, since when, brought by whom",
  { params: CommunityParams },
  ok(InRoomSchema, "Children in the room", 404),
);

export const getBabyRoomDoorEvents = staff.get(
  `${base}/door`,
  "getBabyRoomDoorEvents",
  "Check-ins and check-outs with the entry answers, refusals included",
  { params: CommunityParams },
  ok(DoorEventsSchema, "Door events", 404),
);

export const getAllowanceLedger = staff.get(
  `${base}/children/{childId}/ledger`,
  "getAllowanceLedger",
  "A child's free-session ledger and this period's balance",
  { params: ChildParams },
  ok(LedgerSchema, "The ledger", 404),
);

export const adjustAllowance = staff.post(
  `${base}/children/{childId}/ledger`,
  "adjustAllowance",
  "Add or take away free sessions in this period, with a reason (never below zero)",
  { params: ChildParams, body: jsonBody(AdjustSchema) },
  ok(LedgerSchema, "The ledger", 404, 409),
);

export const addGuardian = staff.post(
  `${base}/children/{childId}/guardians`,
  "addGuardian",
  "Authorise a resident as a guardian of the child, with a reason",
  { params: ChildParams, body: jsonBody(AddGuardianSchema) },
  made(GuardianSchema, "Added", 404, 409),
);

export const removeGuardian = staff.post(
  `${base}/children/{childId}/guardians/{residentId}/remove`,
  "removeGuardian",
  "Withdraw a guardian's authority, with a reason",
  { params: ChildParams.extend({ residentId: pathParam("residentId") }), body: jsonBody(RemoveGuardianSchema) },
  ok(
    z.object({ childId: z.string(), residentId: z.string(), removed: z.literal(true) }).openapi("GuardianRemoved"),
    "Removed",
    404,
    409,
  ),
);

export const listBabyRoomClosures = staff.get(
  `${base}/closures`,
  "listBabyRoomClosures",
  "Closures not yet over",
  { params: CommunityParams },
  ok(z.array(ClosureSchema), "Closures", 404),
);

export const addBabyRoomClosure = staff.post(
  `${base}/closures`,
  "addBabyRoomClosure",
  "Close the room for a time; bookings inside are cancelled and their free sessions given back",
  { params: CommunityParams, body: jsonBody(ClosureInputSchema) },
  made(ClosureSchema, "Added", 404, 409),
);

export const removeBabyRoomClosure = staff.delete(
  `${base}/closures/{closureId}`,
  "removeBabyRoomClosure",
  "Open again (cancelled bookings stay cancelled)",
  { params: CommunityParams.extend({ closureId: pathParam("closureId") }) },
  ok(z.object({ id: z.string(), removed: z.literal(true) }).openapi("BabyRoomClosureRemoved"), "Removed", 404),
);

export const getBabyRoomReport = staff.get(
  `${base}/report`,
  "getBabyRoomReport",
  "Attendance and free sessions used, month by month",
  { params: CommunityParams, query: YearQuery },
  ok(ReportSchema, "The report", 404),
);

export const getBabyRoomReportCsv = staff.get(
  `${base}/report.csv`,
  "getBabyRoomReportCsv",
  "The monthly report as CSV",
  { params: CommunityParams, query: YearQuery },
  csvFile("CSV (UTF-8)", 404),
);
