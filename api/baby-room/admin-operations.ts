import { createRoute, z } from "@hono/zod-openapi";
import { staffMay } from "../staff/guard";
import { CommunityParams, errors, jsonBody, jsonContent, staffErrors } from "../shared/router";
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
const staffOnly = staffMay({ facility: "baby_room", action: "operate" });
// The room's rules (free sessions, what is beyond them, its size) are managed, as the canteen's prices are.
const managers = staffMay({ facility: "baby_room", action: "manage" });
const param = (name: string) =>
  z
    .string()
    .min(1)
    .openapi({ param: { name, in: "path" } });
const base = "/{communityId}/baby-room";
const Ok = <T extends z.ZodType>(schema: T, description: string) => ({
  200: jsonContent(schema, description),
  ...staffErrors,
  ...errors(404),
});
const Made = <T extends z.ZodType>(schema: T, description: string) => ({
  201: jsonContent(schema, description),
  ...staffErrors,
  ...errors(404, 409),
});
const ChildParams = CommunityParams.extend({ childId: param("childId") });

export const getBabyRoomSetup = createRoute({
  method: "get",
  path: base,
  tags,
  operationId: "getBabyRoomSetup",
  summary: "The room's policy, session types and weekly templates",
  middleware: staffOnly,
  request: { params: CommunityParams },
  responses: Ok(SetupSchema, "The setup"),
});

export const updateBabyRoomPolicy = createRoute({
  method: "put",
  path: `${base}/policy`,
  tags,
  operationId: "updateBabyRoomPolicy",
  summary:
    "Change the room's rules: free sessions a period, beyond them, no-shows, cut-off, room size (every session to come is resized), fever",
  middleware: managers,
  request: { params: CommunityParams, body: jsonBody(PolicyInputSchema) },
  responses: { ...Ok(PolicyChangedSchema, "Changed"), ...errors(409, 422) },
});

export const addBabySessionType = createRoute({
  method: "post",
  path: `${base}/session-types`,
  tags,
  operationId: "addBabySessionType",
  summary: "Add a session type (托育, 早教, 亲子) with its length, ages, ratio and allowance use",
  middleware: staffOnly,
  request: { params: CommunityParams, body: jsonBody(SessionTypeInputSchema) },
  responses: Made(SessionTypeSchema, "Added"),
});

export const updateBabySessionType = createRoute({
  method: "put",
  path: `${base}/session-types/{typeId}`,
  tags,
  operationId: "updateBabySessionType",
  summary: "Change a session type",
  middleware: staffOnly,
  request: { params: CommunityParams.extend({ typeId: param("typeId") }), body: jsonBody(SessionTypeInputSchema) },
  responses: { ...Ok(SessionTypeSchema, "Changed"), ...errors(409) },
});

export const addBabySessionTemplate = createRoute({
  method: "post",
  path: `${base}/templates`,
  tags,
  operationId: "addBabySessionTemplate",
  summary: "Add a weekly session: type, weekday, start and caregivers on duty",
  middleware: staffOnly,
  request: { params: CommunityParams, body: jsonBody(TemplateInputSchema) },
  responses: Made(TemplateSchema, "Added"),
});

export const updateBabySessionTemplate = createRoute({
  method: "put",
  path: `${base}/templates/{templateId}`,
  tags,
  operationId: "updateBabySessionTemplate",
  summary: "Change a weekly session; weeks made from now on follow it, sessions already made stay",
  middleware: staffOnly,
  request: {
    params: CommunityParams.extend({ templateId: param("templateId") }),
    body: jsonBody(TemplateInputSchema),
  },
  responses: Ok(TemplateSchema, "Changed"),
});

export const deleteBabySessionTemplate = createRoute({
  method: "delete",
  path: `${base}/templates/{templateId}`,
  tags,
  operationId: "deleteBabySessionTemplate",
  summary:
    "Delete a weekly session: its sessions to come that nobody booked leave the calendar, booked ones stay as one-offs",
  middleware: staffOnly,
  request: { params: CommunityParams.extend({ templateId: param("templateId") }) },
  responses: Ok(TemplateDeletedSchema, "Deleted"),
});

export const makeBabyRoomWeek = createRoute({
  method: "post",
  path: `${base}/weeks/{monday}`,
  tags,
  operationId: "makeBabyRoomWeek",
  summary: "Make the week's sessions from the templates (none in a closure; twice makes them once)",
  middleware: staffOnly,
  request: { params: CommunityParams.extend({ monday: param("monday") }) },
  responses: { ...Ok(MadeWeekSchema, "Made"), ...errors(422) },
});

export const addBabySession = createRoute({
  method: "post",
  path: `${base}/sessions`,
  tags,
  operationId: "addBabySession",
  summary: "Add a one-off session",
  middleware: staffOnly,
  request: { params: CommunityParams, body: jsonBody(OneOffSessionSchema) },
  responses: Made(z.object({ id: z.string(), capacity: z.number().int() }).openapi("BabySessionMade"), "Added"),
});

const SessionParams = CommunityParams.extend({ sessionId: param("sessionId") });

export const updateBabySession = createRoute({
  method: "put",
  path: `${base}/sessions/{sessionId}`,
  tags,
  operationId: "updateBabySession",
  summary:
    "Change a session to come: caregivers (below what is booked: keep or cancel), or time and type while unbooked",
  middleware: staffOnly,
  request: { params: SessionParams, body: jsonBody(SessionEditSchema) },
  responses: { ...Ok(SessionEditedSchema, "Changed"), ...errors(409, 422) },
});

export const removeBabySession = createRoute({
  method: "post",
  path: `${base}/sessions/{sessionId}/remove`,
  tags,
  operationId: "removeBabySession",
  summary: "Take a session off the calendar; its bookings are cancelled with notice and refunded once staff confirm",
  middleware: staffOnly,
  request: { params: SessionParams, body: jsonBody(SessionRemoveSchema) },
  responses: { ...Ok(SessionRemovedSchema, "Removed"), ...errors(409) },
});

export const getBabyRoomWeek = createRoute({
  method: "get",
  path: `${base}/sessions`,
  tags,
  operationId: "getBabyRoomWeek",
  summary: "The week's sessions from a Monday with places taken",
  middleware: staffOnly,
  request: { params: CommunityParams, query: WeekQuery },
  responses: Ok(WeekSchema, "The week"),
});

export const getBabyRoomInRoom = createRoute({
  method: "get",
  path: `${base}/in-room`,
  tags,
  operationId: "getBabyRoomInRoom",
  summary: "Who is in the room now, since when, brought by whom",
  middleware: staffOnly,
  request: { params: CommunityParams },
  responses: Ok(InRoomSchema, "Children in the room"),
});

export const getBabyRoomDoorEvents = createRoute({
  method: "get",
  path: `${base}/door`,
  tags,
  operationId: "getBabyRoomDoorEvents",
  summary: "Check-ins and check-outs with the entry answers, refusals included",
  middleware: staffOnly,
  request: { params: CommunityParams },
  responses: Ok(DoorEventsSchema, "Door events"),
});

export const getAllowanceLedger = createRoute({
  method: "get",
  path: `${base}/children/{childId}/ledger`,
  tags,
  operationId: "getAllowanceLedger",
  summary: "A child's free-session ledger and this period's balance",
  middleware: staffOnly,
  request: { params: ChildParams },
  responses: Ok(LedgerSchema, "The ledger"),
});

export const adjustAllowance = createRoute({
  method: "post",
  path: `${base}/children/{childId}/ledger`,
  tags,
  operationId: "adjustAllowance",
  summary: "Add or take away free sessions in this period, with a reason (never below zero)",
  middleware: staffOnly,
  request: { params: ChildParams, body: jsonBody(AdjustSchema) },
  responses: { ...Ok(LedgerSchema, "The ledger"), ...errors(409) },
});

export const addGuardian = createRoute({
  method: "post",
  path: `${base}/children/{childId}/guardians`,
  tags,
  operationId: "addGuardian",
  summary: "Authorise a resident as a guardian of the child, with a reason",
  middleware: staffOnly,
  request: { params: ChildParams, body: jsonBody(AddGuardianSchema) },
  responses: Made(GuardianSchema, "Added"),
});

export const removeGuardian = createRoute({
  method: "post",
  path: `${base}/children/{childId}/guardians/{residentId}/remove`,
  tags,
  operationId: "removeGuardian",
  summary: "Withdraw a guardian's authority, with a reason",
  middleware: staffOnly,
  request: {
    params: ChildParams.extend({ residentId: param("residentId") }),
    body: jsonBody(RemoveGuardianSchema),
  },
  responses: {
    ...Ok(
      z.object({ childId: z.string(), residentId: z.string(), removed: z.literal(true) }).openapi("GuardianRemoved"),
      "Removed",
    ),
    ...errors(409),
  },
});

export const listBabyRoomClosures = createRoute({
  method: "get",
  path: `${base}/closures`,
  tags,
  operationId: "listBabyRoomClosures",
  summary: "Closures not yet over",
  middleware: staffOnly,
  request: { params: CommunityParams },
  responses: Ok(z.array(ClosureSchema), "Closures"),
});

export const addBabyRoomClosure = createRoute({
  method: "post",
  path: `${base}/closures`,
  tags,
  operationId: "addBabyRoomClosure",
  summary: "Close the room for a time; bookings inside are cancelled and their free sessions given back",
  middleware: staffOnly,
  request: { params: CommunityParams, body: jsonBody(ClosureInputSchema) },
  responses: Made(ClosureSchema, "Added"),
});

export const removeBabyRoomClosure = createRoute({
  method: "delete",
  path: `${base}/closures/{closureId}`,
  tags,
  operationId: "removeBabyRoomClosure",
  summary: "Open again (cancelled bookings stay cancelled)",
  middleware: staffOnly,
  request: { params: CommunityParams.extend({ closureId: param("closureId") }) },
  responses: Ok(z.object({ id: z.string(), removed: z.literal(true) }).openapi("BabyRoomClosureRemoved"), "Removed"),
});

export const getBabyRoomReport = createRoute({
  method: "get",
  path: `${base}/report`,
  tags,
  operationId: "getBabyRoomReport",
  summary: "Attendance and free sessions used, month by month",
  middleware: staffOnly,
  request: { params: CommunityParams, query: YearQuery },
  responses: Ok(ReportSchema, "The report"),
});

export const getBabyRoomReportCsv = createRoute({
  method: "get",
  path: `${base}/report.csv`,
  tags,
  operationId: "getBabyRoomReportCsv",
  summary: "The monthly report as CSV",
  middleware: staffOnly,
  request: { params: CommunityParams, query: YearQuery },
  responses: {
    200: { content: { "text/csv": { schema: z.string() } }, description: "CSV (UTF-8)" },
    ...staffErrors,
    ...errors(404),
  },
});
