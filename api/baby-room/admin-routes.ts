import { attachment } from "../shared/csv";
import { createRoute, z } from "@hono/zod-openapi";
import { staffMay } from "../staff/guard";
import { keyed } from "../shared/idempotency";
import { CommunityParams, createRouter, errors, jsonBody, jsonContent, staffErrors } from "../shared/router";
import { inRoomNow, doorEvents, sessionWeek } from "./admin/calendar";
import { addBabyRoomClosure, listBabyRoomClosures, removeBabyRoomClosure } from "./admin/closures";
import { addGuardian, removeGuardian } from "./admin/guardians";
import { adjustAllowance, childLedger } from "./admin/ledger";
import { monthlyReport, reportCsv } from "./admin/report";
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
  RemoveGuardianSchema,
  ReportSchema,
  SessionTypeInputSchema,
  SessionTypeSchema,
  SetupSchema,
  TemplateInputSchema,
  TemplateSchema,
  WeekQuery,
  WeekSchema,
  YearQuery,
} from "./admin/schemas";
import { addSession, addTemplate, makeWeek } from "./admin/sessions";
import { addSessionType, updateSessionType } from "./admin/session-types";
import { babyRoomSetup } from "./admin/setup";

const tags = ["baby-room"];
// The room's own staff run it, with the community's admins; no canteen or station role sees it.
const staffOnly = staffMay({ facility: "baby_room", action: "operate" });
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

export const babyRoomAdminRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: base,
      tags,
      operationId: "getBabyRoomSetup",
      summary: "The room's policy, session types and weekly templates",
      middleware: staffOnly,
      request: { params: CommunityParams },
      responses: Ok(SetupSchema, "The setup"),
    }),
    async (c) => c.json(await babyRoomSetup(c.var.deps, { communityId: c.req.valid("param").communityId }), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${base}/session-types`,
      tags,
      operationId: "addBabySessionType",
      summary: "Add a session type (托育, 早教, 亲子) with its length, ages, ratio and allowance use",
      middleware: staffOnly,
      request: { params: CommunityParams, body: jsonBody(SessionTypeInputSchema) },
      responses: Made(SessionTypeSchema, "Added"),
    }),
    async (c) =>
      c.json(
        await addSessionType(c.var.deps, {
          actor: c.var.staff,
          communityId: c.req.valid("param").communityId,
          ...c.req.valid("json"),
        }),
        201,
      ),
  )
  .openapi(
    createRoute({
      method: "put",
      path: `${base}/session-types/{typeId}`,
      tags,
      operationId: "updateBabySessionType",
      summary: "Change a session type",
      middleware: staffOnly,
      request: { params: CommunityParams.extend({ typeId: param("typeId") }), body: jsonBody(SessionTypeInputSchema) },
      responses: { ...Ok(SessionTypeSchema, "Changed"), ...errors(409) },
    }),
    async (c) => {
      const { communityId, typeId } = c.req.valid("param");
      return c.json(
        await updateSessionType(c.var.deps, { actor: c.var.staff, communityId, typeId, ...c.req.valid("json") }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${base}/templates`,
      tags,
      operationId: "addBabySessionTemplate",
      summary: "Add a weekly session: type, weekday, start and caregivers on duty",
      middleware: staffOnly,
      request: { params: CommunityParams, body: jsonBody(TemplateInputSchema) },
      responses: Made(TemplateSchema, "Added"),
    }),
    async (c) =>
      c.json(
        await addTemplate(c.var.deps, {
          actor: c.var.staff,
          communityId: c.req.valid("param").communityId,
          ...c.req.valid("json"),
        }),
        201,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${base}/weeks/{monday}`,
      tags,
      operationId: "makeBabyRoomWeek",
      summary: "Make the week's sessions from the templates (none in a closure; twice makes them once)",
      middleware: staffOnly,
      request: { params: CommunityParams.extend({ monday: param("monday") }) },
      responses: { ...Ok(MadeWeekSchema, "Made"), ...errors(422) },
    }),
    async (c) => {
      const { communityId, monday } = c.req.valid("param");
      return c.json(await makeWeek(c.var.deps, { actor: c.var.staff, communityId, monday }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${base}/sessions`,
      tags,
      operationId: "addBabySession",
      summary: "Add a one-off session",
      middleware: staffOnly,
      request: { params: CommunityParams, body: jsonBody(OneOffSessionSchema) },
      responses: Made(z.object({ id: z.string(), capacity: z.number().int() }).openapi("BabySessionMade"), "Added"),
    }),
    async (c) =>
      c.json(
        await addSession(c.var.deps, {
          actor: c.var.staff,
          communityId: c.req.valid("param").communityId,
          ...c.req.valid("json"),
        }),
        201,
      ),
  )
  .openapi(
    createRoute({
      method: "get",
      path: `${base}/sessions`,
      tags,
      operationId: "getBabyRoomWeek",
      summary: "The week's sessions from a Monday with places taken",
      middleware: staffOnly,
      request: { params: CommunityParams, query: WeekQuery },
      responses: Ok(WeekSchema, "The week"),
    }),
    async (c) =>
      c.json(
        await sessionWeek(c.var.deps, {
          communityId: c.req.valid("param").communityId,
          monday: c.req.valid("query").week,
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "get",
      path: `${base}/in-room`,
      tags,
      operationId: "getBabyRoomInRoom",
      summary: "Who is in the room now, since when, brought by whom",
      middleware: staffOnly,
      request: { params: CommunityParams },
      responses: Ok(InRoomSchema, "Children in the room"),
    }),
    async (c) => c.json(await inRoomNow(c.var.deps, { communityId: c.req.valid("param").communityId }), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: `${base}/door`,
      tags,
      operationId: "getBabyRoomDoorEvents",
      summary: "Check-ins and check-outs with the entry answers, refusals included",
      middleware: staffOnly,
      request: { params: CommunityParams },
      responses: Ok(DoorEventsSchema, "Door events"),
    }),
    async (c) => c.json(await doorEvents(c.var.deps, c.req.valid("param").communityId), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: `${base}/children/{childId}/ledger`,
      tags,
      operationId: "getAllowanceLedger",
      summary: "A child's free-session ledger and this period's balance",
      middleware: staffOnly,
      request: { params: ChildParams },
      responses: Ok(LedgerSchema, "The ledger"),
    }),
    async (c) => {
      const { communityId, childId } = c.req.valid("param");
      return c.json(await childLedger(c.var.deps, { communityId, childId }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${base}/children/{childId}/ledger`,
      tags,
      operationId: "adjustAllowance",
      summary: "Add or take away free sessions in this period, with a reason (never below zero)",
      middleware: staffOnly,
      request: { params: ChildParams, body: jsonBody(AdjustSchema) },
      responses: { ...Ok(LedgerSchema, "The ledger"), ...errors(409) },
    }),
    async (c) => {
      const { communityId, childId } = c.req.valid("param");
      const body = c.req.valid("json");
      return c.json(
        await keyed(c, "adjustAllowance", body, (claimId) =>
          adjustAllowance(c.var.deps, { actor: c.var.staff, communityId, childId, ...body, idempotencyKey: claimId }),
        ),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${base}/children/{childId}/guardians`,
      tags,
      operationId: "addGuardian",
      summary: "Authorise a resident as a guardian of the child, with a reason",
      middleware: staffOnly,
      request: { params: ChildParams, body: jsonBody(AddGuardianSchema) },
      responses: Made(GuardianSchema, "Added"),
    }),
    async (c) => {
      const { communityId, childId } = c.req.valid("param");
      return c.json(
        await addGuardian(c.var.deps, { actor: c.var.staff, communityId, childId, ...c.req.valid("json") }),
        201,
      );
    },
  )
  .openapi(
    createRoute({
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
          z
            .object({ childId: z.string(), residentId: z.string(), removed: z.literal(true) })
            .openapi("GuardianRemoved"),
          "Removed",
        ),
        ...errors(409),
      },
    }),
    async (c) => {
      const { communityId, childId, residentId } = c.req.valid("param");
      const { reason } = c.req.valid("json");
      return c.json(
        await removeGuardian(c.var.deps, { actor: c.var.staff, communityId, childId, residentId, reason }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: `${base}/closures`,
      tags,
      operationId: "listBabyRoomClosures",
      summary: "Closures not yet over",
      middleware: staffOnly,
      request: { params: CommunityParams },
      responses: Ok(z.array(ClosureSchema), "Closures"),
    }),
    async (c) => c.json(await listBabyRoomClosures(c.var.deps, { communityId: c.req.valid("param").communityId }), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${base}/closures`,
      tags,
      operationId: "addBabyRoomClosure",
      summary: "Close the room for a time; bookings inside are cancelled and their free sessions given back",
      middleware: staffOnly,
      request: { params: CommunityParams, body: jsonBody(ClosureInputSchema) },
      responses: Made(ClosureSchema, "Added"),
    }),
    async (c) =>
      c.json(
        await addBabyRoomClosure(c.var.deps, {
          actor: c.var.staff,
          communityId: c.req.valid("param").communityId,
          ...c.req.valid("json"),
        }),
        201,
      ),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: `${base}/closures/{closureId}`,
      tags,
      operationId: "removeBabyRoomClosure",
      summary: "Open again (cancelled bookings stay cancelled)",
      middleware: staffOnly,
      request: { params: CommunityParams.extend({ closureId: param("closureId") }) },
      responses: Ok(
        z.object({ id: z.string(), removed: z.literal(true) }).openapi("BabyRoomClosureRemoved"),
        "Removed",
      ),
    }),
    async (c) => {
      const { communityId, closureId } = c.req.valid("param");
      return c.json(await removeBabyRoomClosure(c.var.deps, { actor: c.var.staff, communityId, closureId }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: `${base}/report`,
      tags,
      operationId: "getBabyRoomReport",
      summary: "Attendance and free sessions used, month by month",
      middleware: staffOnly,
      request: { params: CommunityParams, query: YearQuery },
      responses: Ok(ReportSchema, "The report"),
    }),
    async (c) =>
      c.json(
        await monthlyReport(c.var.deps, {
          communityId: c.req.valid("param").communityId,
          year: c.req.valid("query").year,
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
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
    }),
    async (c) => {
      const { year } = c.req.valid("query");
      const report = await monthlyReport(c.var.deps, { communityId: c.req.valid("param").communityId, year });
      c.header("content-disposition", attachment(`baby-room-${year}.csv`));
      return c.body(`\uFEFF${reportCsv(report)}`, 200, { "content-type": "text/csv; charset=utf-8" });
    },
  );
