import { CalendarDate, CalendarInstant } from "../../shared/calendar";
import { z } from "@hono/zod-openapi";
import { attendanceEventKinds, babySessionKinds } from "../../../db/schema";
import { Affected } from "../../booking/admin/schemas";
import { IdempotencyKey, LedgerEntrySchema, SessionSchema } from "../schemas";

const Instant = CalendarInstant.transform((s) => new Date(s)).openapi({
  type: "string",
  format: "date-time",
  example: "2026-11-24T01:00:00Z",
});
const Reason = z.string().trim().min(2).max(200);
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const SessionTypeInputSchema = z
  .object({
    kind: z.enum(babySessionKinds),
    name: z.string().trim().min(1).max(40),
    minutes: z.number().int().min(15).max(600),
    minAgeMonths: z.number().int().min(0).max(144),
    maxAgeMonths: z.number().int().min(1).max(145),
    ratio: z.number().int().min(1).max(20),
    guardianStays: z.boolean(),
    usesAllowance: z.boolean(),
    priceFen: z.number().int().min(0).max(1_000_000),
  })
  .openapi("BabySessionTypeInput");
export const SessionTypeSchema = SessionTypeInputSchema.extend({ id: z.string() }).openapi("BabySessionType");

export const TemplateInputSchema = z
  .object({
    typeId: z.string().min(1),
    weekday: z.number().int().min(1).max(7),
    startTime: Time,
    caregivers: z.number().int().min(0).max(20),
  })
  .openapi("BabySessionTemplateInput");
export const TemplateSchema = TemplateInputSchema.extend({ id: z.string() }).openapi("BabySessionTemplate");

export const OneOffSessionSchema = z
  .object({ typeId: z.string().min(1), startsAt: Instant, caregivers: z.number().int().min(0).max(20) })
  .openapi("BabyOneOffSession");

export const PolicySchema = z
  .object({
    allowancePerPeriod: z.number().int(),
    periodMonths: z.number().int(),
    rolloverMax: z.number().int(),
    beyondAllowance: z.enum(["refuse", "paid"]),
    noShowConsumes: z.boolean(),
    cancelCutoffMinutes: z.number().int(),
    roomSize: z.number().int(),
    feverTenths: z.number().int(),
  })
  .openapi("BabyRoomPolicy");

// Keep or cancel the bookings a lowered capacity leaves without a place (no other session to move them to).
const LoweringChoice = z.enum(["keep", "cancel"]).openapi({
  description: "For the bookings beyond a lowered capacity: keep them, or cancel with notice and refund",
});

export const PolicyInputSchema = z
  .object({
    allowancePerPeriod: z.number().int().min(0).max(366),
    // Periods are whole months counted from January, so a length divides the year.
    periodMonths: z
      .number()
      .int()
      .refine((n) => [1, 2, 3, 4, 6, 12].includes(n), "1, 2, 3, 4, 6 or 12 months"),
    rolloverMax: z.number().int().min(0).max(366),
    beyondAllowance: z.enum(["refuse", "paid"]),
    noShowConsumes: z.boolean(),
    cancelCutoffMinutes: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60),
    roomSize: z.number().int().min(1).max(200),
    // 37.0 °C to 39.0 °C, in tenths: at or above it a child stays home.
    feverTenths: z.number().int().min(370).max(390),
    reason: Reason,
    choice: LoweringChoice.optional(),
  })
  .openapi("BabyRoomPolicyInput");

const Lowering = {
  choice: LoweringChoice.nullable(),
  affected: z.array(Affected),
  bookingsCancelled: z.number().int(),
  sessionsReturned: z.number().int(),
};

export const PolicyChangedSchema = z
  .object({ policy: PolicySchema, sessionsResized: z.number().int(), ...Lowering })
  .openapi("BabyRoomPolicyChanged");

export const SessionEditSchema = OneOffSessionSchema.extend({
  reason: Reason,
  choice: LoweringChoice.optional(),
}).openapi("BabySessionEdit");
export const SessionEditedSchema = z.object({ session: SessionSchema, ...Lowering }).openapi("BabySessionEdited");

export const SessionRemoveSchema = z
  .object({
    reason: Reason,
    // Staff saw whom it touches: their bookings are cancelled with a notice and given back.
    cancelBookings: z.boolean().optional(),
  })
  .openapi("BabySessionRemove");
export const SessionRemovedSchema = z
  .object({ id: z.string(), removed: z.literal(true), ...Lowering })
  .omit({ choice: true })
  .openapi("BabySessionRemoved");

export const TemplateDeletedSchema = z
  .object({
    id: z.string(),
    removed: z.literal(true),
    sessionsRemoved: z.number().int(),
    sessionsKept: z.array(z.string()),
  })
  .openapi("BabySessionTemplateDeleted");

export const SetupSchema = z
  .object({
    facilityId: z.string(),
    name: z.string(),
    policy: PolicySchema,
    types: z.array(SessionTypeSchema),
    templates: z.array(TemplateSchema),
  })
  .openapi("BabyRoomSetup");

export const WeekQuery = z.object({
  week: CalendarDate.openapi({ param: { name: "week", in: "query" }, example: "2026-11-23" }),
});
export const YearQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: "year", in: "query" }, example: 2026 }),
});
export const WeekSchema = z.object({ monday: z.string(), sessions: z.array(SessionSchema) }).openapi("BabyRoomWeek");
export const MadeWeekSchema = z.object({ monday: z.string(), templates: z.number().int() }).openapi("BabyRoomMadeWeek");

export const InRoomSchema = z
  .array(
    z.object({
      bookingId: z.string(),
      childId: z.string(),
      childName: z.string(),
      checkedInAt: z.string().nullable(),
      endsAt: z.string(),
      sessionId: z.string(),
      byName: z.string().nullable(),
    }),
  )
  .openapi("BabyRoomInRoom");

export const DoorEventsSchema = z
  .array(
    z.object({
      id: z.string(),
      kind: z.enum(attendanceEventKinds),
      childName: z.string().nullable(),
      byName: z.string().nullable(),
      byPickupCode: z.boolean(),
      reason: z.string().nullable(),
      temperature: z.number().nullable(),
      symptoms: z.array(z.string()),
      at: z.string(),
    }),
  )
  .openapi("BabyRoomDoorEvents");

export const LedgerSchema = z
  .object({
    child: z.object({ id: z.string(), name: z.string(), birthDate: z.string() }),
    period: z.string(),
    periodEnds: z.string(),
    balance: z.number().int(),
    entries: z.array(LedgerEntrySchema),
  })
  .openapi("AllowanceLedger");
export const AdjustSchema = z
  .object({
    amount: z
      .number()
      .int()
      .min(-50)
      .max(50)
      .refine((n) => n !== 0),
    reason: Reason,
    idempotencyKey: IdempotencyKey,
  })
  .openapi("AllowanceAdjustment");

export const AddGuardianSchema = z
  .object({ residentId: z.string().min(1), relation: z.string().trim().min(1).max(20), reason: Reason })
  .openapi("AddGuardian");
export const RemoveGuardianSchema = z.object({ reason: Reason }).openapi("RemoveGuardian");
export const GuardianSchema = z
  .object({ childId: z.string(), residentId: z.string(), relation: z.string() })
  .openapi("Guardian");

export const ClosureInputSchema = z
  .object({ startsAt: Instant, endsAt: Instant, reason: Reason })
  .openapi("BabyRoomClosureInput");
export const ClosureSchema = z
  .object({ id: z.string(), startsAt: z.string(), endsAt: z.string(), reason: z.string() })
  .openapi("BabyRoomClosure");

export const ReportSchema = z
  .object({
    year: z.number().int(),
    months: z.array(
      z.object({
        month: z.string(),
        bookings: z.number().int(),
        attended: z.number().int(),
        noShows: z.number().int(),
        cancelled: z.number().int(),
        freeUsed: z.number().int(),
        paid: z.number().int(),
        paidFen: z.number().int(),
      }),
    ),
  })
  .openapi("BabyRoomReport");
