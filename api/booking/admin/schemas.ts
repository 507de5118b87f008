import { z } from "@hono/zod-openapi";
import { facilityKinds, overbookingChoices } from "../../../db/schema";
import { CalendarDate, CalendarDateTime } from "../../shared/calendar";

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

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM");
const Capacity = z.number().int().min(0).max(10_000);
const Choice = z.enum(overbookingChoices).openapi({
  description:
    "What happens to the bookings beyond a lowered capacity: keep them, move them to moveToResourceId, or cancel with notice and refund",
});
/** A whole facility's opening hours (the study room's): both or neither. */
const Hours = {
  opens: Time.nullish().openapi({
    description: "The study room's opening that day; a close at or before it runs past midnight",
  }),
  closes: Time.nullish(),
};
const bothOrNeither = (h: { opens?: string | null | undefined; closes?: string | null | undefined }) =>
  (h.opens == null) === (h.closes == null);
const HOURS_MESSAGE = "Give both opening and closing times, or neither";
/** The staff's decision for the bookings beyond, and whom BELOW_BOOKED showed them. */
const Decision = {
  choice: Choice.optional(),
  seen: z.array(z.string().min(1)).max(1000).optional().openapi({
    description:
      "The bookingIds BELOW_BOOKED listed: the choice applies to exactly those; if others were booked since, BELOW_BOOKED answers again with the list as it is now",
  }),
  moveToResourceId: z.string().min(1).optional(),
  moveToDate: CalendarDate.optional().openapi({
    description: "A sitting's orders only: the date they move to, in the same month (absent: their own date)",
  }),
};

export const FacilityParams = z.object({
  communityId: z
    .string()
    .min(1)
    .openapi({ param: { name: "communityId", in: "path" } }),
  facilityId: z
    .string()
    .min(1)
    .openapi({ param: { name: "facilityId", in: "path" } }),
});
export const CapacityQuery = z.object({ date: CalendarDate.openapi({ param: { name: "date", in: "query" } }) });

export const CapacityDateInputSchema = z
  .object({
    resourceId: z.string().min(1),
    date: CalendarDate,
    capacity: Capacity,
    orderCutoff: Time.nullish(),
    ...Hours,
    reason: Reason,
    ...Decision,
  })
  .refine(bothOrNeither, HOURS_MESSAGE)
  .openapi("CapacityDateInput");

export const CapacityClearSchema = z
  .object({ resourceId: z.string().min(1), date: CalendarDate })
  .openapi("CapacityClear");

export const CapacityWeekInputSchema = z
  .object({
    resourceId: z.string().min(1),
    days: z
      .array(
        z
          .object({
            weekday: z.number().int().min(1).max(7),
            capacity: Capacity,
            orderCutoff: Time.nullish(),
            ...Hours,
          })
          .refine(bothOrNeither, HOURS_MESSAGE),
      )
      .max(7)
      .refine((d) => new Set(d.map((x) => x.weekday)).size === d.length, "One row per weekday"),
    reason: Reason,
    ...Decision,
  })
  .openapi("CapacityWeekInput");

export const Affected = z.object({
  bookingId: z.string(),
  holderKind: z.string(),
  holderName: z.string(),
  date: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.string(),
});
const Outcome = {
  choice: z.enum(overbookingChoices).nullable(),
  affected: z.array(Affected),
  moved: z.number().int(),
  cancelled: z.number().int(),
  kept: z.number().int(),
  mealCardRefundedFen: z.number().int(),
  sessionsReturned: z.number().int(),
};
const WeekRow = z.object({
  weekday: z.number().int(),
  capacity: z.number().int(),
  orderCutoff: z.string().nullable(),
  opens: z.string().nullable(),
  closes: z.string().nullable(),
});

export const CapacityDateMadeSchema = z
  .object({
    id: z.string(),
    resourceId: z.string(),
    label: z.string(),
    date: z.string(),
    capacity: z.number().int(),
    orderCutoff: z.string().nullable(),
    opens: z.string().nullable(),
    closes: z.string().nullable(),
    ...Outcome,
  })
  .openapi("CapacityDateMade");

export const CapacityWeekMadeSchema = z
  .object({ resourceId: z.string(), label: z.string(), days: z.array(WeekRow), ...Outcome })
  .openapi("CapacityWeekMade");

export const FacilityCapacitySchema = z
  .object({
    facility: z.object({ id: z.string(), kind: z.enum(facilityKinds), name: z.string(), timeZone: z.string() }),
    date: z.string(),
    places: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        label: z.string(),
        inService: z.boolean(),
        startsAt: z.string().nullable(),
        ownCapacity: z.number().int(),
        capacity: z.number().int(),
        orderCutoff: z.string().nullable(),
        source: z.enum(["date", "week", "own"]),
        week: z.array(WeekRow),
        change: z
          .object({
            capacity: z.number().int(),
            orderCutoff: z.string().nullable(),
            opens: z.string().nullable(),
            closes: z.string().nullable(),
            reason: z.string(),
            choice: z.enum(overbookingChoices).nullable(),
          })
          .nullable(),
        booked: z.number().int(),
        bookings: z.number().int(),
      }),
    ),
  })
  .openapi("FacilityCapacity");
