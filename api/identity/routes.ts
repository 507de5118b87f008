import { z } from "@hono/zod-openapi";
import { byDevice, headers, inSession, OpenCall } from "./kiosk-operation";
import { createRouter, errors, jsonBody, jsonContent, pathParam, routesOf } from "../shared/router";
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
const anyone = routesOf({ tags });
const device = routesOf({ tags, ...byDevice });
const session = routesOf({ tags, ...inSession });
const CallParams = z.object({ callId: pathParam("callId") });

/** Calls made by a kiosk device (bearer device credential). */
export const kioskRoutes = createRouter()
  .openapi(
    anyone.post(
      "/pair",
      "pairKiosk",
      "Exchange a one-time pairing code for a device credential",
      { body: jsonBody(PairKioskSchema) },
      { 200: jsonContent(PairedKioskSchema, "Paired"), ...errors(401, 422) },
    ),
    async (c) => c.json(await pairKiosk(c.var.deps, { code: c.req.valid("json").code }), 200),
  )
  .openapi(
    device.get(
      "/welcome",
      "getKioskWelcome",
      "What this kiosk's welcome screen shows",
      {},
      { 200: jsonContent(KioskWelcomeSchema, "Welcome screen data"), ...errors(401) },
    ),
    async (c) => c.json(await getKioskWelcome(c.var.deps, { kiosk: c.var.kiosk }), 200),
  )
  .openapi(
    device.post(
      "/heartbeat",
      "kioskHeartbeat",
      "The kiosk is alive: its build and its last error (one scrubbed line, no personal data)",
      { body: jsonBody(KioskHeartbeatSchema) },
      { 200: jsonContent(KioskHeartbeatAnswerSchema, "Recorded"), ...errors(401, 422) },
    ),
    async (c) => c.json(await recordHeartbeat(c.var.deps, { kiosk: c.var.kiosk, heartbeat: c.req.valid("json") }), 200),
  )
  .openapi(
    device.post(
      "/identify",
      "identifyAtKiosk",
      "Identify a person by pass code or face descriptor",
      { body: jsonBody(IdentifyRequestSchema) },
      { 200: jsonContent(IdentifiedSchema, "Identified; a kiosk session is open"), ...errors(401, 403, 422, 429) },
    ),
    async (c) => c.json(await identify(c.var.deps, { kiosk: c.var.kiosk, request: c.req.valid("json") }), 200),
  )
  .openapi(
    session.get(
      "/session",
      "getKioskSession",
      "Who this kiosk session is for; keeps it alive",
      { headers },
      { 200: jsonContent(KioskSessionSchema, "The session's person"), ...errors(401) },
    ),
    async (c) =>
      c.json(await describeSessionPerson(c.var.deps, { kiosk: c.var.kiosk, holder: c.var.kioskSession.holder }), 200),
  )
  .openapi(
    session.post(
      "/session/end",
      "endKioskSession",
      "The person tapped done",
      { headers },
      { 200: jsonContent(z.object({ ended: z.literal(true) }), "Ended"), ...errors(401) },
    ),
    async (c) => {
      await endKioskSession(c.var.deps, { tokenHash: c.var.kioskSession.tokenHash });
      return c.json({ ended: true as const }, 200);
    },
  )
  .openapi(
    device.post("/staff-calls", "callStaff", "The call-staff button", {}, { 200: OpenCall, ...errors(401) }),
    async (c) => c.json(await raiseStaffCall(c.var.deps, c.var.kiosk), 200),
  )
  .openapi(
    device.post(
      "/staff-calls/{callId}/claim",
      "claimStaffCall",
      "Has staff identified the caller? The first claim after that opens the session",
      { params: CallParams },
      { 200: jsonContent(StaffCallClaimSchema, "Waiting, closed, or identified"), ...errors(401, 404) },
    ),
    async (c) =>
      c.json(await claimStaffCall(c.var.deps, { kiosk: c.var.kiosk, callId: c.req.valid("param").callId }), 200),
  );

export const kioskTokenScheme = { type: "http", scheme: "bearer" } as const;
