import { z } from "@hono/zod-openapi";
import { facilityKinds } from "../../db/schema";

export const FacilitySchema = z
  .object({
    id: z.string(),
    kind: z.enum(facilityKinds),
    name: z.string(),
    location: z.string(),
    openingHours: z
      .string()
      .nullable()
      .openapi({ description: "HH:MM-HH:MM in the community's zone; null = 24 hours" }),
    capacity: z.number().int(),
  })
  .openapi("Facility");

export const CommunitySchema = z
  .object({ id: z.string(), name: z.string(), timeZone: z.string() })
  .openapi("Community");
