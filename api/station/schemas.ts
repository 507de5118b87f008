import { CalendarDate, CalendarInstant, CalendarMonth } from "../shared/calendar";
import { z } from "@hono/zod-openapi";
import { amenityKinds, courierPlatforms, genders } from "../../db/schema";
import { NewCourierShape } from "../people/schemas";

export const RegisterCourierSchema = z
  .object({
    ...NewCourierShape,
    // A double tap or a retry after a lost answer registers the rider once.
    idempotencyKey: z.string().min(8).max(100),
  })
  .openapi("RegisterCourier");

export const CourierStatusEnum = z.enum(["pending", "verified", "suspended", "expired"]);

export const DoorScanSchema = z
  .object({
    direction: z.enum(["in", "out"]).optional(),
    code: z.string().min(1).max(200).optional(),
    descriptor: z.array(z.number()).length(128).optional(),
  })
  .refine((s) => (s.code === undefined) !== (s.descriptor === undefined), "a pass code or a face, not both")
  .openapi("DoorScan");

export const DoorAnswerSchema = z
  .object({
    state: z.enum(["opened", "full", "door_failed"]),
    direction: z.enum(["in", "out"]),
    name: z.string(),
    inside: z.number().int(),
    capacity: z.number().int(),
    waiting: z.number().int(),
    commandId: z.string().nullable(),
  })
  .openapi("DoorAnswer");

export const ReviewCourierSchema = z
  .object({ act: z.enum(["verify", "suspend", "reinstate"]), reason: z.string().trim().min(2).max(200) })
  .openapi("ReviewCourier");

export const StationCourierSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    platform: z.enum(courierPlatforms),
    gender: z.enum(genders),
    status: CourierStatusEnum,
    registeredAt: z.string(),
    verifiedAt: z.string().nullable(),
    suspendedAt: z.string().nullable(),
  })
  .openapi("StationCourier");

const PersonInside = z.object({
  courierId: z.string(),
  name: z.string(),
  platform: z.enum(courierPlatforms),
  enteredAt: z.string(),
});
const Zone = z.object({
  zone: z.string(),
  label: z.string(),
  womenOnly: z.boolean(),
  inside: z.number().int(),
  capacity: z.number().int(),
  waiting: z.number().int(),
});
export const OccupancySchema = z
  .object({ zones: z.array(Zone.extend({ people: z.array(PersonInside) })) })
  .openapi("StationOccupancy");
/** What a kiosk may show in the hall: counts, never names. */
export const KioskOccupancySchema = z.object({ zones: z.array(Zone) }).openapi("StationKioskOccupancy");

export const DoorSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    areaId: z.string().nullable(),
    womenOnly: z.boolean(),
    webhookUrl: z.string().nullable(),
    hasSecret: z.boolean(),
  })
  .openapi("StationDoor");

const Relay = {
  webhookUrl: z.url({ protocol: /^https?$/ }).nullable(),
  secret: z.string().min(16).max(200).optional(),
};

export const DoorRelaySchema = z.object(Relay).openapi("DoorRelay");

export const NewDoorSchema = z
  .object({ name: z.string().trim().min(1).max(40), areaId: z.string().min(1).nullable(), ...Relay })
  .openapi("NewStationDoor");

export const RemoteOpenSchema = z
  .object({
    reason: z.string().trim().min(2).max(200),
    courierId: z.string().min(1).optional(),
    direction: z.enum(["in", "out"]).optional(),
    test: z.boolean().optional(),
  })
  // An open that lets someone through names them, so the visit is counted; a test names nobody.
  .refine((o) => (o.test === true) !== (o.courierId !== undefined), "a courier to let through, or test: true")
  .openapi("RemoteOpen");

export const RemoteOpenAnswerSchema = z
  .object({
    state: z.enum(["opened", "full", "door_failed"]),
    opened: z.boolean(),
    commandId: z.string().nullable(),
    relayStatus: z.number().int().nullable(),
    answer: z.string(),
    inside: z.number().int(),
    capacity: z.number().int(),
  })
  .openapi("RemoteOpenAnswer");

export const AmenitySchema = z
  .object({ kind: z.enum(amenityKinds), label: z.string().trim().min(1).max(40), note: z.string().max(100) })
  .openapi("Amenity");

export const ShowerBookingSchema = z
  .object({
    id: z.string(),
    showerId: z.string(),
    status: z.string(),
    startsAt: z.string(),
    showerEndsAt: z.string(),
    endsAt: z.string(),
    holdExpiresAt: z.string().nullable(),
  })
  .openapi("ShowerBooking");

export const ShowerBoardSchema = z
  .object({
    slotMinutes: z.number().int(),
    cleaningMinutes: z.number().int(),
    showers: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        state: z.enum(["free", "in_use", "cleaning", "booked", "out_of_service"]),
        busyUntil: z.string().nullable(),
        nextStart: z.string().nullable(),
      }),
    ),
    queue: z.object({ waiting: z.number().int(), myPlace: z.number().int().nullable() }),
    mine: ShowerBookingSchema.nullable(),
  })
  .openapi("ShowerBoard");

export const BookShowerSchema = z
  .object({ showerId: z.string().min(1), startsAt: CalendarInstant, idempotencyKey: z.string().min(8).max(100) })
  .openapi("BookShower");

export const IdempotencySchema = z.object({ idempotencyKey: z.string().min(8).max(100) }).openapi("Idempotency");

export const EntriesQuery = z.object({ from: CalendarDate, to: CalendarDate });
export const EntriesSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    total: z.number().int(),
    byHour: z.array(z.number().int()),
    byWeekday: z.array(z.number().int()),
  })
  .openapi("StationEntries");
export const MonthQuery = z.object({ month: CalendarMonth });

export const KioskModeSchema = z
  .object({
    passOnly: z.boolean(),
    door: z.object({ doorId: z.string(), direction: z.enum(["entry", "exit", "both"]) }).nullable(),
  })
  .openapi("KioskMode");

export const DoorEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    door: z.string(),
    doorId: z.string(),
    courierId: z.string().nullable(),
    courier: z.string().nullable(),
    staff: z.string().nullable(),
    direction: z.enum(["in", "out"]).nullable(),
    method: z.enum(["qr", "rotating_qr", "face", "staff_remote"]),
    distance: z.number().nullable(),
    outcome: z.enum(["opened", "refused", "full", "relay_failed"]),
    reason: z.string().nullable(),
    relayStatus: z.number().int().nullable(),
    relayAttempts: z.number().int().nullable(),
  })
  .openapi("DoorEvent");
