import { z } from "@hono/zod-openapi";
import { alertKinds, facilityKinds } from "../../../db/schema";
import { KioskHealthShape } from "../../identity/schemas";
import { staffMay } from "../../staff/guard";
import { CommunityParams, jsonBody, ok, pathParam, routesOf } from "../../shared/router";

const tags = ["facilities"];
const anyFacility = routesOf({
  tags,
  middleware: staffMay(...facilityKinds.map((facility) => ({ facility, action: "operate" as const })), {
    community: "staff_calls",
  }),
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
  alertId: pathParam("alertId"),
});

export const getLiveOperations = anyFacility.get(
  "/{communityId}/live",
  "getLiveOperations",
  "Today across every facility the role operates: places left, occupancy, alerts, kiosks' last contact",
  { params: CommunityParams },
  ok(LiveOperationsSchema, "Now", 404),
);

export const acknowledgeAlert = anyFacility.post(
  "/{communityId}/alerts/{kind}/{alertId}/acknowledge",
  "acknowledgeAlert",
  "Say someone is on an alert (once; a second tap changes nothing)",
  { params: AlertParams },
  ok(z.object({ kind: z.enum(alertKinds), id: z.string(), acknowledgedAt: z.string() }), "Acknowledged"),
);

export const resolveAlert = anyFacility.post(
  "/{communityId}/alerts/{kind}/{alertId}/resolve",
  "resolveAlert",
  "Resolve an alert: a staff call dismissed, a welfare check closed with a note, a failed door seen to",
  { params: AlertParams, body: jsonBody(z.object({ note: z.string().trim().max(200).default("") })) },
  ok(z.object({ kind: z.enum(alertKinds), id: z.string(), resolved: z.literal(true) }), "Resolved", 404, 409),
);
