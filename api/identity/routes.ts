import { createRoute, z } from "@hono/zod-openapi";
import { byDevice, headers, inSession, OpenCall } from "./kiosk-operation";
import { createRouter, errors, jsonBody, jsonContent } from "../shared/router";
import { getKioskWelcome } from "./get-kiosk-welcome";
import { identify } from "./identify";
import { describeSessionPerson, endKioskSession } from "./kiosk-session";
import { pairKiosk } from "./pair-kiosk";
import { recordHeartbeat } from "./record-heartbeat";
import {
  IdentifiedSchema,
  IdentifyRequestSchema,
  KioskHeartbeatAnswerSchema,
  KioskHeartbeatSchema,
  KioskSessionSchema,
  KioskWelcomeSchema,
  PairKioskSchema,
  PairedKioskSchema,
  StaffCallClaimSchema,
} from "./schemas";
import { claimStaffCall } from "./staff-calls/claim-staff-call";
import { raiseStaffCall } from "./staff-calls/raise-staff-call";

const tags = ["identity"];
const CallParams = z.object({ callId: z.string().openapi({ param: { name: "callId", in: "path" } }) });

/** Calls made by a kiosk device (bearer device credential). */
export const kioskRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/pair",
      tags,
      operationId: "pairKiosk",
      summary: "Exchange a one-time pairing code for a device credential",
      request: { body: jsonBody(PairKioskSchema) },
      responses: { 200: jsonContent(PairedKioskSchema, "Paired"), ...errors(401, 422) },
    }),
    async (c) => c.json(await pairKiosk(c.var.deps, { code: c.req.valid("json").code }), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/welcome",
      tags,
      operationId: "getKioskWelcome",
      summary: "What this kiosk's welcome screen shows",
      ...byDevice,
      responses: { 200: jsonContent(KioskWelcomeSchema, "Welcome screen data"), ...errors(401) },
    }),
    async (c) => c.json(await getKioskWelcome(c.var.deps, { kiosk: c.var.kiosk }), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/heartbeat",
      tags,
      operationId: "kioskHeartbeat",
      summary: "The kiosk is alive: its build and its last error (one scrubbed line, no personal data)",
      ...byDevice,
      request: { body: jsonBody(KioskHeartbeatSchema) },
      responses: { 200: jsonContent(KioskHeartbeatAnswerSchema, "Recorded"), ...errors(401, 422) },
    }),
    async (c) => c.json(await recordHeartbeat(c.var.deps, { kiosk: c.var.kiosk, heartbeat: c.req.valid("json") }), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/identify",
      tags,
      operationId: "identifyAtKiosk",
      summary: "Identify a person by pass code or face descriptor",
      ...byDevice,
      request: { body: jsonBody(IdentifyRequestSchema) },
      responses: {
        200: jsonContent(IdentifiedSchema, "Identified; a kiosk session is open"),
        ...errors(401, 403, 422, 429),
      },
    }),
    async (c) => c.json(await identify(c.var.deps, { kiosk: c.var.kiosk, request: c.req.valid("json") }), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/session",
      tags,
      operationId: "getKioskSession",
      summary: "Who this kiosk session is for; keeps it alive",
      ...inSession,
      request: { headers },
      responses: { 200: jsonContent(KioskSessionSchema, "The session's person"), ...errors(401) },
    }),
    async (c) =>
      c.json(await describeSessionPerson(c.var.deps, { kiosk: c.var.kiosk, holder: c.var.kioskSession.holder }), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/session/end",
      tags,
      operationId: "endKioskSession",
      summary: "The person tapped done",
      ...inSession,
      request: { headers },
      responses: { 200: jsonContent(z.object({ ended: z.literal(true) }), "Ended"), ...errors(401) },
    }),
    async (c) => {
      await endKioskSession(c.var.deps, { tokenHash: c.var.kioskSession.tokenHash });
      return c.json({ ended: true as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/staff-calls",
      tags,
      operationId: "callStaff",
      summary: "The call-staff button",
      ...byDevice,
      responses: { 200: OpenCall, ...errors(401) },
    }),
    async (c) => c.json(await raiseStaffCall(c.var.deps, c.var.kiosk), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/staff-calls/{callId}/claim",
      tags,
      operationId: "claimStaffCall",
      summary: "Has staff identified the caller? The first claim after that opens the session",
      ...byDevice,
      request: { params: CallParams },
      responses: { 200: jsonContent(StaffCallClaimSchema, "Waiting, closed, or identified"), ...errors(401, 404) },
    }),
    async (c) =>
      c.json(await claimStaffCall(c.var.deps, { kiosk: c.var.kiosk, callId: c.req.valid("param").callId }), 200),
  );

export const kioskTokenScheme = { type: "http", scheme: "bearer" } as const;
