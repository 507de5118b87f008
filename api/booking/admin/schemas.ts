import { z } from "@hono/zod-openapi";
import { facilityKinds } from "../../../db/schema";
import { CalendarDateTime } from "../../shared/calendar";

const Reason = z.string().trim().min(1).max(200);

export const FacilityClosureInputSchema = z
  .object({ facilityId: z.string().min(1), from: CalendarDateTime, to: CalendarDateTime, reason: Reason })
  .openapi("FacilityClosureInput");

export const FacilityClosureSchema = z
  .object({
    id: z.string(),
    facilityId: z.string(),
    facilityKind: z.enum(facilityKinds),
    facilityName: z.string(),
    from: z.string().openapi({ description: "Local time in the community's zone, YYYY-MM-DDTHH:MM" }),
    to: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    reason: z.string(),
  })
  .openapi("FacilityClosure");

export const FacilityClosureMadeSchema = FacilityClosureSchema.extend({
  bookingsCancelled: z.number().int(),
  mealCardRefundedFen: z.number().int(),
  sessionsReturned: z.number().int(),
}).openapi("FacilityClosureMade");
