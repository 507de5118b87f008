import { createRoute, z } from "@hono/zod-openapi";
import { alertKinds, facilityKinds } from "../../../db/schema";
import { KioskHealthShape } from "../../identity/schemas";
import { staffMay } from "../../staff/guard";
import { CommunityParams, errors, jsonBody, jsonContent, staffErrors } from "../../shared/router";

const tags = ["facilities"];
const anyFacility = staffMay(...facilityKinds.map((facility) => ({ facility, action: "operate" as const })), {
  community: "staff_calls",
});

const Alert = z.object({
  kind: z.enum(alertKinds),
  id: z.string(),
  at: z.string(),
  sos: z.boolean(),
  where: z.string(),
  facilityKind: z.string(),
  acknowledgedAt: z.string().nullable(),
});

export const LiveOperationsSchema = z
  .object({
    date: z.string(),
    at: z.string(),
    canteen: z
      .array(
        z.object({
          name: z.string(),
          start: z.string(),
          end: z.string(),
          orderCutoff: z.string(),
          capacity: z.number().int(),
          taken: z.number().int(),
          left: z.number().int(),
          closed: z.string().nullable(),
        }),
      )
      .nullable(),
    studyRoom: z.object({ seats: z.number().int(), inUse: z.number().int(), bookedNow: z.number().int() }).nullable(),
    station: z
      .array(
        z.object({
          zone: z.string(),
          label: z.string(),
          womenOnly: z.boolean(),
          inside: z.number().int(),
          capacity: z.number().int(),
          waiting: z.number().int(),
        }),
      )
      .nullable(),
    babyRoom: z.object({ inRoom: z.number().int() }).nullable(),
    alerts: z.array(Alert),
    kiosks: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        facilityId: z.string(),
        facilityKind: z.string(),
        state: z.string(),
        lastSeenAt: z.string().nullable(),
        ...KioskHealthShape,
        silent: z.boolean(),
      }),
    ),
  })
  .openapi("LiveOperations");

const AlertParams = CommunityParams.extend({
  kind: z.enum(alertKinds).openapi({ param: { name: "kind", in: "path" } }),
  alertId: z
    .string()
    .min(1)
    .openapi({ param: { name: "alertId", in: "path" } }),
});

export const getLiveOperations = createRoute({
  method: "get",
  path: "/{communityId}/live",
  tags,
  operationId: "getLiveOperations",
  summary: "Today across every facility the role operates: places left, occupancy, alerts, kiosks' last contact",
  middleware: anyFacility,
  request: { params: CommunityParams },
  responses: { 200: jsonContent(LiveOperationsSchema, "Now"), ...errors(404), ...staffErrors },
});

export const acknowledgeAlert = createRoute({
  method: "post",
  path: "/{communityId}/alerts/{kind}/{alertId}/acknowledge",
  tags,
  operationId: "acknowledgeAlert",
  summary: "Say someone is on an alert (once; a second tap changes nothing)",
  middleware: anyFacility,
  request: { params: AlertParams },
  responses: {
    200: jsonContent(
      z.object({ kind: z.enum(alertKinds), id: z.string(), acknowledgedAt: z.string() }),
      "Acknowledged",
    ),
    ...staffErrors,
  },
});

export const resolveAlert = createRoute({
  method: "post",
  path: "/{communityId}/alerts/{kind}/{alertId}/resolve",
  tags,
  operationId: "resolveAlert",
  summary: "Resolve an alert: a staff call dismissed, a welfare check closed with a note, a failed door seen to",
  middleware: anyFacility,
  request: { params: AlertParams, body: jsonBody(z.object({ note: z.string().trim().max(200).default("") })) },
  responses: {
    200: jsonContent(z.object({ kind: z.enum(alertKinds), id: z.string(), resolved: z.literal(true) }), "Resolved"),
    ...errors(404, 409),
    ...staffErrors,
  },
});
