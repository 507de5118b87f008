import { z } from "@hono/zod-openapi";
import { allowanceEntryKinds, babySessionKinds, bookingStatuses, waitlistStatuses } from "../../db/schema";

export const IdempotencyKey = z.string().min(8).max(100);
const Iso = z.string();

// The price the kiosk showed and the guardian agreed to pay from their meal card; left out for a free session.
const AgreedPrice = z.number().int().min(0).max(1_000_000).optional();

export const BookSessionSchema = z
  .object({
    sessionId: z.string().min(1),
    childId: z.string().min(1),
    priceFen: AgreedPrice,
    idempotencyKey: IdempotencyKey,
  })
  .openapi("BookBabySession");

export const JoinSessionWaitlistSchema = BookSessionSchema.openapi("JoinBabySessionWaitlist");
export const AcceptOfferSchema = z.object({ priceFen: AgreedPrice }).openapi("AcceptBabySessionOffer");

export const SessionWaitlistEntrySchema = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    childId: z.string(),
    status: z.enum(waitlistStatuses),
    startsAt: Iso,
    endsAt: Iso,
  })
  .openapi("BabySessionWaitlistEntry");

export const CheckInSchema = z
  .object({
    // Degrees Celsius with one decimal, as a forehead thermometer shows it.
    temperature: z.number().min(34).max(43),
    symptoms: z.array(z.enum(["cough", "runny_nose", "rash", "vomiting", "diarrhoea", "other"])).max(6),
  })
  .openapi("BabyCheckIn");

export const PickupCodeInputSchema = z
  .object({
    childId: z.string().min(1),
    personName: z.string().trim().min(1).max(40),
    // A retry under the same key lands on the same code row (one valid code), never a second one.
    idempotencyKey: IdempotencyKey,
  })
  .openapi("NewPickupCode");
export const PickupSchema = z.object({ code: z.string().regex(/^\d{8}$/) }).openapi("Pickup");

export const BabyBookingSchema = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    childId: z.string(),
    status: z.enum(bookingStatuses),
    startsAt: Iso,
    endsAt: Iso,
    checkedInAt: Iso.nullable(),
    closedAt: Iso.nullable(),
    payment: z.enum(["allowance", "paid", "free"]),
    priceFen: z.number().int(),
    refunded: z.boolean().optional(),
  })
  .openapi("BabyBooking");

export const SessionSchema = z
  .object({
    id: z.string(),
    typeId: z.string(),
    kind: z.enum(babySessionKinds),
    name: z.string(),
    startsAt: Iso,
    endsAt: Iso,
    caregivers: z.number().int(),
    capacity: z.number().int(),
    taken: z.number().int(),
    placesLeft: z.number().int(),
    guardianStays: z.boolean(),
    usesAllowance: z.boolean(),
    priceFen: z.number().int(),
    minAgeMonths: z.number().int(),
    maxAgeMonths: z.number().int(),
    cancelled: z.boolean(),
  })
  .openapi("BabySession");

const AgeRefusal = z.enum(["NOT_BORN", "TOO_YOUNG", "TOO_OLD"]).nullable();

export const KioskOverviewSchema = z
  .object({
    today: z.string(),
    cancelCutoffMinutes: z.number().int(),
    beyondAllowance: z.enum(["refuse", "paid"]),
    // The guardian's meal-card balance, for a paid session (null when the room charges nothing).
    mealCardFen: z.number().int().nullable(),
    atTheRoom: z.boolean(),
    inRoom: z.array(z.object({ bookingId: z.string(), childName: z.string(), mine: z.boolean() })),
    children: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        ageMonths: z.number().int(),
        allowance: z.object({ period: z.string(), periodEnds: z.string(), left: z.number().int() }),
        bookings: z.array(
          z.object({
            id: z.string(),
            sessionId: z.string(),
            status: z.enum(bookingStatuses),
            startsAt: Iso,
            endsAt: Iso,
            payment: z.enum(["allowance", "paid", "free"]),
            priceFen: z.number().int(),
          }),
        ),
        // Sessions the child waits for; an open offer holds the place until it runs out.
        waiting: z.array(
          z.object({
            id: z.string(),
            sessionId: z.string(),
            status: z.enum(["waiting", "offered"]),
            offer: z.object({ bookingId: z.string(), expiresAt: Iso }).nullable(),
          }),
        ),
      }),
    ),
    sessions: z.array(SessionSchema.extend({ fits: z.record(z.string(), AgeRefusal) })),
  })
  .openapi("BabyRoomOverview");

export const PickupCodeSchema = z
  .object({ id: z.string(), code: z.string(), personName: z.string(), validOn: z.string(), childId: z.string() })
  .openapi("PickupCode");

export const LedgerEntrySchema = z
  .object({
    id: z.string(),
    period: z.string(),
    kind: z.enum(allowanceEntryKinds),
    amount: z.number().int(),
    bookingId: z.string().nullable(),
    reason: z.string().nullable(),
    staffId: z.string().nullable(),
    createdAt: Iso,
  })
  .openapi("AllowanceEntry");
