import { z } from "@hono/zod-openapi";
import { personKinds } from "../../db/schema";
import { staffMay } from "../staff/guard";
import type { PersonAction } from "../staff/permissions";
import { CommunityParams, jsonBody, made, ok, pathParam, routesOf, staffErrors } from "../shared/router";
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
const admins = routesOf({ tags, middleware: staffMay({ community: "kiosks" }) });
const anyStaff = routesOf({ tags, middleware: staffMay({ community: "staff_calls" }) });
// A route about people is open to whoever may act on some kind; the verb checks the kind it got.
const forKinds = (action: PersonAction) =>
  routesOf({ tags, middleware: staffMay(...personKinds.map((person) => ({ person, action }))) });
const passDesk = forKinds("issue_pass");
// Faces are enrolled at the desks that serve adults who come daily: canteen and station.
const faceDesk = forKinds("face");
const KioskParams = CommunityParams.extend({ kioskId: pathParam("kioskId") });
const PersonParams = CommunityParams.extend({
  kind: z.enum(personKinds).openapi({ param: { name: "kind", in: "path" } }),
  personId: pathParam("personId"),
});
const CallParams = CommunityParams.extend({ callId: pathParam("callId") });

export const listKiosks = admins.get(
  "/{communityId}/kiosks",
  "listKiosks",
  "Kiosks with their state and last contact",
  { params: CommunityParams },
  ok(KioskListSchema, "Kiosks"),
);

export const createKiosk = admins.post(
  "/{communityId}/kiosks",
  "createKiosk",
  "Register a kiosk and get its pairing code",
  { params: CommunityParams, body: jsonBody(CreateKioskSchema) },
  made(NewKioskSchema, "Created; pair within ten minutes", 404),
);

export const revokeKiosk = admins.post(
  "/{communityId}/kiosks/{kioskId}/revoke",
  "revokeKiosk",
  "Revoke a kiosk at once",
  { params: KioskParams },
  ok(z.object({ id: z.string(), revoked: z.literal(true) }), "Revoked", 404),
);

export const issuePasses = passDesk.post(
  "/{communityId}/passes",
  "issuePasses",
  "Issue (or reissue) printed QR passes; old passes stop working; codes are shown only now",
  { params: CommunityParams, body: jsonBody(IssuePassesSchema) },
  made(IssuedPassesSchema, "Codes to print", 404),
);

export const issuePhonePass = passDesk.post(
  "/{communityId}/phone-passes",
  "issuePhonePass",
  "Issue a phone pass whose code changes every 30 s",
  { params: CommunityParams, body: jsonBody(PersonRefSchema) },
  made(PhonePassSchema, "The key, shown once, as a link for the phone", 404),
);

export const recordFaceConsent = faceDesk.post(
  "/{communityId}/face-consents",
  "recordFaceConsent",
  "Record separate, explicit consent to face entry",
  { params: CommunityParams, body: jsonBody(FaceConsentSchema) },
  made(z.object({ id: z.string(), consentedAt: z.string(), consentTextVersion: z.string() }), "Recorded", 404, 409),
);

export const withdrawFaceConsent = faceDesk.delete(
  "/{communityId}/face-consents/{kind}/{personId}",
  "withdrawFaceConsent",
  "Withdraw consent; the face descriptor is deleted at once",
  { params: PersonParams },
  ok(z.object({ withdrawn: z.literal(true) }), "Withdrawn", 404),
);

export const enrolFace = faceDesk.post(
  "/{communityId}/face-templates",
  "enrolFace",
  "Store a face descriptor (never an image), encrypted",
  { params: CommunityParams, body: jsonBody(EnrolFaceSchema) },
  made(z.object({ enrolled: z.literal(true) }), "Enrolled"),
);

export const listStaffCalls = anyStaff.get(
  "/{communityId}/staff-calls",
  "listStaffCalls",
  "Open call-staff alerts",
  { params: CommunityParams },
  ok(z.object({ calls: z.array(StaffCallSchema) }), "Open calls"),
);

export const streamStaffCalls = anyStaff.get(
  "/{communityId}/staff-calls/stream",
  "streamStaffCalls",
  "Open call-staff alerts as server-sent events",
  { params: CommunityParams },
  {
    200: {
      content: { "text/event-stream": { schema: z.string() } },
      description: "`staff-calls` events carrying { calls }",
    },
    ...staffErrors,
  },
);

export const answerStaffCall = anyStaff.post(
  "/{communityId}/staff-calls/{callId}/answer",
  "answerStaffCall",
  "Say who is at the kiosk (opens their session there) or dismiss the call",
  { params: CallParams, body: jsonBody(AnswerStaffCallSchema) },
  ok(
    z.object({
      callId: z.string(),
      identified: z.object({ kind: z.enum(personKinds), id: z.string(), name: z.string() }).nullable(),
    }),
    "Answered",
    404,
    409,
  ),
);
