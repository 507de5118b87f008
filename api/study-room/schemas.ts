import { CalendarDate, CalendarInstant } from "../shared/calendar";
import { z } from "@hono/zod-openapi";
import { bookingStatuses } from "../../db/schema";
import { seatFeatures } from "./seats";

const Instant = CalendarInstant.transform((s) => new Date(s)).openapi({
  type: "string",
  format: "date-time",
  example: "2026-11-24T02:00:00Z",
});
export const IdempotencyKey = z.string().min(8).max(100);
export const DateQuery = z.object({
  date: CalendarDate.optional().openapi({ param: { name: "date", in: "query" }, example: "2026-11-24" }),
});

export const RangeSchema = z.object({ startsAt: Instant, endsAt: Instant });
export const BookSeatSchema = RangeSchema.extend({ seatId: z.string().min(1), idempotencyKey: IdempotencyKey }).openapi(
  "BookSeat",
);
export const JoinWaitlistSchema = RangeSchema.extend({ idempotencyKey: IdempotencyKey }).openapi("JoinSeatWaitlist");
export const WalkInSchema = z
  .object({
    minutes: z.number().int().min(30).max(720).default(120),
    prefer: z.enum(seatFeatures).optional(),
    idempotencyKey: IdempotencyKey,
  })
  .openapi("WalkIn");

const Iso = z.string();
export const SeatSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    row: z.number(),
    col: z.number(),
    zone: z.string(),
    power: z.boolean(),
    window: z.boolean(),
    quiet: z.boolean(),
    inService: z.boolean(),
  })
  .openapi("Seat");

/** A seat booking's state and times, as the person and the staff's live map see them. */
export const SeatBookingTimes = {
  status: z.enum(bookingStatuses),
  startsAt: Iso,
  endsAt: Iso,
  checkedInAt: Iso.nullable(),
  awaySince: Iso.nullable(),
  closedAt: Iso.nullable(),
};

export const SeatBookingSchema = z
  .object({ id: z.string(), resourceId: z.string(), ...SeatBookingTimes, holdExpiresAt: Iso.nullable() })
  .openapi("SeatBooking");

export const StepOutSchema = z.object({ booking: SeatBookingSchema, backBy: Iso }).openapi("SteppedOut");

export const StudyDaySchema = z
  .object({
    date: z.string(),
    dates: z.array(z.string()),
    now: Iso,
    atThisRoom: z.boolean(),
    stepMinutes: z.number(),
    policy: z.object({
      graceMinutes: z.number(),
      awayMinutes: z.number(),
      minutesPerDay: z.number(),
      activeBookings: z.number(),
      daysAhead: z.number(),
    }),
    opening: z.object({ startsAt: Iso, endsAt: Iso }).nullable(),
    closures: z.array(z.object({ startsAt: Iso, endsAt: Iso, reason: z.string() })),
    seats: z.array(SeatSchema.extend({ taken: z.array(z.object({ startsAt: Iso, endsAt: Iso, mine: z.boolean() })) })),
    mine: z.array(
      z.object({
        id: z.string(),
        seatId: z.string(),
        seatLabel: z.string(),
        status: z.enum(bookingStatuses),
        startsAt: Iso,
        endsAt: Iso,
        checkInFrom: Iso,
        checkInUntil: Iso,
        awaySince: Iso.nullable(),
        backBy: Iso.nullable(),
        offerExpiresAt: Iso.nullable(),
        notice: z
          .union([
            z.object({ kind: z.literal("moved"), fromLabel: z.string() }),
            z.object({ kind: z.literal("cancelled"), reason: z.string() }),
          ])
          .nullable(),
      }),
    ),
    waitlist: z.array(z.object({ id: z.string(), startsAt: Iso, endsAt: Iso, position: z.number() })),
    ban: z.object({ until: Iso }).nullable(),
  })
  .openapi("StudyDay");

export const WaitlistEntrySchema = z
  .object({ id: z.string(), status: z.string(), startsAt: Iso, endsAt: Iso })
  .openapi("SeatWaitlistEntry");
