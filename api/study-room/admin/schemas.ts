import { CalendarDate, CalendarDateTime } from "../../shared/calendar";
import { z } from "@hono/zod-openapi";
import { SeatAttributesSchema } from "../seats";
import { SeatBookingTimes, SeatSchema } from "../schemas";

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM");
const LocalDateTime = CalendarDateTime;
const Reason = z.string().trim().min(1).max(200);
const Iso = z.string();

export const SeatInputSchema = SeatAttributesSchema.extend({ label: z.string().trim().min(1).max(10) }).openapi(
  "SeatInput",
);

export const WeekdayHoursSchema = z.object({ weekday: z.number().int().min(1).max(7), opens: Time, closes: Time });
export const WeeklyHoursSchema = z
  .object({
    days: z
      .array(WeekdayHoursSchema)
      .max(7)
      .refine((d) => new Set(d.map((x) => x.weekday)).size === d.length, "One row per weekday")
      .refine((d) => d.every((x) => x.opens !== x.closes), "A day must open and close at different times"),
  })
  .openapi("WeeklyHours");

const minutes = (max: number) => z.number().int().min(1).max(max);
export const PolicySchema = z
  .object({
    stepMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)]),
    minutesPerDay: minutes(24 * 60),
    activeBookings: minutes(20),
    daysAhead: z.number().int().min(0).max(30),
    graceMinutes: minutes(120),
    awayMinutes: minutes(240),
    strikeLimit: minutes(20),
    strikeWindowDays: minutes(365),
    banDays: minutes(365),
    offerMinutes: minutes(120),
  })
  .openapi("StudyRoomPolicy");

/** As stored and shown (a step set before today's choices is still shown as it is). */
export const PolicyViewSchema = PolicySchema.extend({ stepMinutes: z.number() }).openapi("StudyRoomPolicyView");

export const ClosureInputSchema = z
  .object({ from: LocalDateTime, to: LocalDateTime, reason: Reason })
  .openapi("ClosureInput");
export const ReasonSchema = z.object({ reason: Reason });
export const ExtendBanSchema = z.object({ until: CalendarDate, reason: Reason });

export const SetupSchema = z
  .object({
    facilityId: z.string(),
    name: z.string(),
    timeZone: z.string(),
    seats: z.array(SeatSchema),
    hours: z.array(WeekdayHoursSchema),
    closures: z.array(z.object({ id: z.string(), from: z.string(), to: z.string(), reason: z.string() })),
    policy: PolicyViewSchema,
  })
  .openapi("StudyRoomSetup");

export const SeatServiceSchema = z
  .object({
    seatId: z.string(),
    inService: z.boolean(),
    moved: z.array(z.object({ bookingId: z.string(), toLabel: z.string() })),
    cancelled: z.array(z.string()),
  })
  .openapi("SeatServiceChange");

export const LiveMapSchema = z
  .object({
    date: z.string(),
    now: Iso,
    seats: z.array(
      SeatSchema.extend({
        state: z.enum(["free", "booked", "offered", "in_use", "away", "out_of_service"]),
        bookings: z.array(z.object({ id: z.string(), holderName: z.string(), ...SeatBookingTimes })),
      }),
    ),
  })
  .openapi("StudyRoomLiveMap");

export const UtilisationQuery = z
  .object({
    from: CalendarDate.openapi({ param: { name: "from", in: "query" } }),
    to: CalendarDate.openapi({ param: { name: "to", in: "query" } }),
  })
  .refine((q) => q.from <= q.to, "from must not be after to")
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 400 * 86_400_000, "At most about a year at once");

export const UtilisationSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    seats: z.number(),
    cells: z.array(z.object({ weekday: z.number(), hour: z.number(), ratio: z.number().nullable() })),
    usedMinutes: z.number(),
    noShowMinutes: z.number(),
  })
  .openapi("StudyRoomUtilisation");

export const NoShowReportSchema = z
  .object({
    strikeLimit: z.number(),
    windowDays: z.number(),
    noShows: z.array(
      z.object({
        bookingId: z.string(),
        residentId: z.string(),
        name: z.string(),
        seat: z.string(),
        startsAt: Iso,
        endsAt: Iso,
        strikes: z.number(),
      }),
    ),
    bans: z.array(
      z.object({
        id: z.string(),
        residentId: z.string(),
        name: z.string(),
        startsAt: Iso,
        endsAt: Iso,
        reason: z.string(),
        liftedAt: Iso.nullable(),
        inForce: z.boolean(),
      }),
    ),
  })
  .openapi("StudyRoomNoShows");

export const BanSchema = z.object({ id: z.string(), endsAt: Iso, liftedAt: Iso.nullable() }).openapi("BookingBan");
