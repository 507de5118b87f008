import { createRoute, z } from "@hono/zod-openapi";
import { personKinds } from "../../db/schema";
import { staffMay } from "../staff/guard";
import type { PersonAction } from "../staff/permissions";
import { CommunityParams, errors, jsonBody, jsonContent, staffErrors } from "../shared/router";
import { PersonRefSchema } from "../people/schemas";
import {
  AnswerStaffCallSchema,
  CreateKioskSchema,
  EnrolFaceSchema,
  FaceConsentSchema,
  IssuedPassesSchema,
  IssuePassesSchema,
  KioskListSchema,
  NewKioskSchema,
  PhonePassSchema,
  StaffCallSchema,
} from "./schemas";

// OpenAPI definitions of these operations; staff-routes.ts joins each to its verb.
const tags = ["identity"];
const admins = staffMay({ community: "kiosks" });
const anyStaff = staffMay({ community: "staff_calls" });
// A route about people is open to whoever may act on some kind; the verb checks the kind it got.
const forKinds = (action: PersonAction) => staffMay(...personKinds.map((person) => ({ person, action })));
const passDesk = forKinds("issue_pass");
// Faces are enrolled at the desks that serve adults who come daily: canteen and station.
const faceDesk = forKinds("face");
const param = (name: string) => z.string().openapi({ param: { name, in: "path" } });
const KioskParams = CommunityParams.extend({ kioskId: param("kioskId") });
const PersonParams = CommunityParams.extend({
  kind: z.enum(personKinds).openapi({ param: { name: "kind", in: "path" } }),
  personId: param("personId"),
});
const CallParams = CommunityParams.extend({ callId: param("callId") });

export const listKiosks = createRoute({
  method: "get",
  path: "/{communityId}/kiosks",
  tags,
  operationId: "listKiosks",
  summary: "Kiosks with their state and last contact",
  middleware: admins,
  request: { params: CommunityParams },
  responses: { 200: jsonContent(KioskListSchema, "Kiosks"), ...staffErrors },
});

export const createKiosk = createRoute({
  method: "post",
  path: "/{communityId}/kiosks",
  tags,
  operationId: "createKiosk",
  summary: "Register a kiosk and get its pairing code",
  middleware: admins,
  request: { params: CommunityParams, body: jsonBody(CreateKioskSchema) },
  responses: {
    201: jsonContent(NewKioskSchema, "Created; pair within ten minutes"),
    ...errors(404),
    ...staffErrors,
  },
});

export const revokeKiosk = createRoute({
  method: "post",
  path: "/{communityId}/kiosks/{kioskId}/revoke",
  tags,
  operationId: "revokeKiosk",
  summary: "Revoke a kiosk at once",
  middleware: admins,
  request: { params: KioskParams },
  responses: {
    200: jsonContent(z.object({ id: z.string(), revoked: z.literal(true) }), "Revoked"),
    ...errors(404),
    ...staffErrors,
  },
});

export const issuePasses = createRoute({
  method: "post",
  path: "/{communityId}/passes",
  tags,
  operationId: "issuePasses",
  summary: "Issue (or reissue) printed QR passes; old passes stop working; codes are shown only now",
  middleware: passDesk,
  request: { params: CommunityParams, body: jsonBody(IssuePassesSchema) },
  responses: { 201: jsonContent(IssuedPassesSchema, "Codes to print"), ...errors(404), ...staffErrors },
});

export const issuePhonePass = createRoute({
  method: "post",
  path: "/{communityId}/phone-passes",
  tags,
  operationId: "issuePhonePass",
  summary: "Issue a phone pass whose code changes every 30 s",
  middleware: passDesk,
  request: { params: CommunityParams, body: jsonBody(PersonRefSchema) },
  responses: {
    201: jsonContent(PhonePassSchema, "The key, shown once, as a link for the phone"),
    ...errors(404),
    ...staffErrors,
  },
});

export const recordFaceConsent = createRoute({
  method: "post",
  path: "/{communityId}/face-consents",
  tags,
  operationId: "recordFaceConsent",
  summary: "Record separate, explicit consent to face entry",
  middleware: faceDesk,
  request: { params: CommunityParams, body: jsonBody(FaceConsentSchema) },
  responses: {
    201: jsonContent(z.object({ id: z.string(), consentedAt: z.string(), consentTextVersion: z.string() }), "Recorded"),
    ...errors(404, 409),
    ...staffErrors,
  },
});

export const withdrawFaceConsent = createRoute({
  method: "delete",
  path: "/{communityId}/face-consents/{kind}/{personId}",
  tags,
  operationId: "withdrawFaceConsent",
  summary: "Withdraw consent; the face descriptor is deleted at once",
  middleware: faceDesk,
  request: { params: PersonParams },
  responses: {
    200: jsonContent(z.object({ withdrawn: z.literal(true) }), "Withdrawn"),
    ...errors(404),
    ...staffErrors,
  },
});

export const enrolFace = createRoute({
  method: "post",
  path: "/{communityId}/face-templates",
  tags,
  operationId: "enrolFace",
  summary: "Store a face descriptor (never an image), encrypted",
  middleware: faceDesk,
  request: { params: CommunityParams, body: jsonBody(EnrolFaceSchema) },
  responses: { 201: jsonContent(z.object({ enrolled: z.literal(true) }), "Enrolled"), ...staffErrors },
});

export const listStaffCalls = createRoute({
  method: "get",
  path: "/{communityId}/staff-calls",
  tags,
  operationId: "listStaffCalls",
  summary: "Open call-staff alerts",
  middleware: anyStaff,
  request: { params: CommunityParams },
  responses: { 200: jsonContent(z.object({ calls: z.array(StaffCallSchema) }), "Open calls"), ...staffErrors },
});

export const streamStaffCalls = createRoute({
  method: "get",
  path: "/{communityId}/staff-calls/stream",
  tags,
  operationId: "streamStaffCalls",
  summary: "Open call-staff alerts as server-sent events",
  middleware: anyStaff,
  request: { params: CommunityParams },
  responses: {
    200: {
      content: { "text/event-stream": { schema: z.string() } },
      description: "`staff-calls` events carrying { calls }",
    },
    ...staffErrors,
  },
});

export const answerStaffCall = createRoute({
  method: "post",
  path: "/{communityId}/staff-calls/{callId}/answer",
  tags,
  operationId: "answerStaffCall",
  summary: "Say who is at the kiosk (opens their session there) or dismiss the call",
  middleware: anyStaff,
  request: { params: CallParams, body: jsonBody(AnswerStaffCallSchema) },
  responses: {
    200: jsonContent(
      z.object({
        callId: z.string(),
        identified: z.object({ kind: z.enum(personKinds), id: z.string(), name: z.string() }).nullable(),
      }),
      "Answered",
    ),
    ...errors(404, 409),
    ...staffErrors,
  },
});
