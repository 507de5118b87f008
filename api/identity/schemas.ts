import { z } from "@hono/zod-openapi";
import { CommunitySchema, FacilitySchema } from "../community/schemas";

export const KioskWelcomeSchema = z
  .object({
    kiosk: z.object({ id: z.string(), name: z.string(), facilityId: z.string() }),
    community: CommunitySchema,
    facilities: z.array(FacilitySchema),
  })
  .openapi("KioskWelcome");

export const PairKioskSchema = z.object({ code: z.string().regex(/^\d{8}$/, "eight digits") }).openapi("PairKiosk");
export const PairedKioskSchema = z.object({ token: z.string(), kiosk: z.object({ id: z.string(), name: z.string() }) }).openapi("PairedKiosk");

export const CreateKioskSchema = z.object({ name: z.string().trim().min(1).max(60), facilityId: z.string().min(1) }).openapi("CreateKiosk");
export const NewKioskSchema = z
  .object({ id: z.string(), name: z.string(), facilityId: z.string(), pairingCode: z.string(), pairingExpiresAt: z.string() })
  .openapi("NewKiosk");
