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

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const NewCommunitySchema = z
  .object({
    name: z.string().trim().min(1).max(60),
    slug: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "lower-case letters, digits and dashes")
      .openapi({ example: "xingfuli" }),
    timeZone: z.string().refine(isTimeZone, "an IANA time zone").default("Asia/Shanghai"),
    facilities: z
      .array(
        z.object({
          kind: z.enum(facilityKinds),
          name: z.string().trim().min(1).max(40),
          location: z.string().trim().max(80).optional(),
          openingHours: z
            .string()
            .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/)
            .nullable()
            .optional(),
          capacity: z.number().int().min(1).max(10_000),
        }),
      )
      .max(facilityKinds.length)
      .refine((fs) => new Set(fs.map((f) => f.kind)).size === fs.length, "one facility of each kind")
      .default([]),
  })
  .openapi("NewCommunity");

export const CreatedCommunitySchema = CommunitySchema.extend({ facilities: z.array(FacilitySchema) }).openapi(
  "CreatedCommunity",
);
