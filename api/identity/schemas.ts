import { z } from "@hono/zod-openapi";
import { facilityKinds, identifyMethods, personKinds } from "../../db/schema";
import { CommunitySchema, FacilitySchema } from "../community/schemas";
import { PersonRefSchema } from "../people/schemas";
import { KIOSK_ERROR_MAX, KIOSK_VERSION_MAX, KIOSK_VERSION_PATTERN } from "../../common/kiosk-heartbeat";

export const KioskWelcomeSchema = z
  .object({
    kiosk: z.object({
      id: z.string(),
      name: z.string(),
      facilityId: z.string(),
      // No camera may be used here: the kiosk offers passes only.
      passOnly: z.boolean(),
      // A door kiosk opens this door on a pass with no further tap; null for any other kiosk.
      door: z
        .object({
          id: z.string(),
          name: z.string(),
          womenOnly: z.boolean(),
          direction: z.enum(["entry", "exit", "both"]),
        })
        .nullable(),
    }),
    community: CommunitySchema,
    facilities: z.array(FacilitySchema),
    // Idle timings from the server's session limit, so the kiosk resets before the server ends a session.
    idle: z.object({
      sessionSeconds: z.number().int(),
      resetSeconds: z.number().int(),
      warnSeconds: z.number().int(),
      keepAliveSeconds: z.number().int(),
    }),
    // Keys of one scan arrive at most this far apart (LINLI_SCANNER_MAX_GAP_MS); slower is typing.
    scanner: z.object({ maxGapMs: z.number().int() }),
  })
  .openapi("KioskWelcome");

export const PairKioskSchema = z.object({ code: z.string().regex(/^\d{8}$/, "eight digits") }).openapi("PairKiosk");
export const PairedKioskSchema = z
  .object({ token: z.string(), kiosk: z.object({ id: z.string(), name: z.string() }) })
  .openapi("PairedKiosk");

export const CreateKioskSchema = z
  .object({ name: z.string().trim().min(1).max(60), facilityId: z.string().min(1) })
  .openapi("CreateKiosk");
export const NewKioskSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    facilityId: z.string(),
    pairingCode: z.string(),
    pairingExpiresAt: z.string(),
  })
  .openapi("NewKiosk");

const Descriptor = z.array(z.number().finite()).length(128).openapi({ description: "face-api descriptor, 128 floats" });

export const IdentifyRequestSchema = z
  .discriminatedUnion("method", [
    z.object({ method: z.literal("qr"), code: z.string().trim().min(8).max(200) }),
    z.object({ method: z.literal("face"), descriptor: Descriptor }),
  ])
  .openapi("IdentifyRequest");

const SessionPersonSchema = z.object({
  person: z.object({ kind: z.enum(personKinds), id: z.string(), name: z.string() }),
  actions: z.array(z.string()).openapi({ description: "What this person can do at this kiosk's facility" }),
});

export const IdentifiedSchema = SessionPersonSchema.extend({
  session: z.object({ token: z.string(), idleSeconds: z.number() }),
  method: z.enum(identifyMethods),
}).openapi("Identified");

export const KioskSessionSchema = SessionPersonSchema.openapi("KioskSession");

export const StaffCallClaimSchema = z
  .union([
    IdentifiedSchema.extend({ status: z.literal("identified") }),
    z.object({ status: z.enum(["waiting", "closed"]) }),
  ])
  .openapi("StaffCallClaim");

/** What a kiosk's heartbeat last said: its build and its last error (scrubbed), for staff. */
export const KioskHealthShape = {
  appVersion: z.string().nullable(),
  lastError: z.object({ message: z.string(), at: z.string().nullable() }).nullable(),
};

export const KioskListSchema = z
  .object({
    kiosks: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        facilityId: z.string(),
        facilityKind: z.enum(facilityKinds),
        state: z.enum(["paired", "awaiting_pairing", "revoked"]),
        lastSeenAt: z.string().nullable(),
        ...KioskHealthShape,
      }),
    ),
  })
  .openapi("KioskList");

export const IssuePassesSchema = z.object({ holders: z.array(PersonRefSchema).min(1).max(100) }).openapi("IssuePasses");
export const IssuedPassesSchema = z
  .object({
    passes: z.array(z.object({ kind: z.enum(personKinds), id: z.string(), name: z.string(), code: z.string() })),
  })
  .openapi("IssuedPasses");
export const PhonePassSchema = z
  .object({ keyId: z.string(), secret: z.string(), name: z.string(), link: z.string() })
  .openapi("PhonePass");

export const FaceConsentSchema = PersonRefSchema.extend({
  consentTextVersion: z.string().trim().min(1).max(40),
  consentedBy: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .openapi({ description: "Who gave consent: the person, or their legal representative" }),
}).openapi("FaceConsent");
export const EnrolFaceSchema = PersonRefSchema.extend({ descriptor: Descriptor }).openapi("EnrolFace");

export const StaffCallSchema = z
  .object({
    id: z.string(),
    raisedAt: z.string(),
    sos: z.boolean(),
    kioskId: z.string(),
    kioskName: z.string(),
    facilityKind: z.enum(facilityKinds),
  })
  .openapi("StaffCall");
export const AnswerStaffCallSchema = z.object({ person: PersonRefSchema.nullable() }).openapi("AnswerStaffCall");

export const KioskHeartbeatSchema = z
  .object({
    version: z.string().min(1).max(KIOSK_VERSION_MAX).regex(KIOSK_VERSION_PATTERN, "a build name"),
    // The kiosk's last error since it started, as one scrubbed line, and how long ago it happened
    // (the kiosk's clock may be wrong; the server's is not).
    lastError: z
      .object({
        message: z.string().min(1).max(KIOSK_ERROR_MAX),
        secondsAgo: z
          .number()
          .int()
          .min(0)
          .max(7 * 24 * 3600),
      })
      .nullable(),
  })
  .openapi("KioskHeartbeat");
export const KioskHeartbeatAnswerSchema = z.object({ at: z.string() }).openapi("KioskHeartbeatAnswer");
