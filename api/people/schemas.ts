import { CalendarDate } from "../shared/calendar";
import { z } from "@hono/zod-openapi";
import { courierPlatforms, genders, personKinds } from "../../db/schema";

const LocalDate = CalendarDate.openapi({ example: "1946-05-15" });
const Phone = z.string().regex(/^1\d{10}$/, "an 11-digit mobile number");
// A code from the community's group registry (GET …/resident-groups): built-in or staff-defined.
const GroupCode = z.string().min(1).max(40);
const FaceState = z.enum(["none", "consented", "enrolled"]);

export const PersonRefSchema = z.object({ kind: z.enum(personKinds), id: z.string().min(1) }).openapi("PersonRef");

export const ResidentSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    birthDate: z.string(),
    gender: z.enum(genders),
    grid: z.string().nullable(),
    groups: z.array(GroupCode),
    phone: z.string().nullable().openapi({ description: "masked" }),
    address: z.string().nullable().openapi({ description: "masked" }),
    hasPass: z.boolean(),
    face: FaceState,
  })
  .openapi("Resident");

export const NewResidentSchema = z
  .object({
    name: z.string().trim().min(1).max(40),
    birthDate: LocalDate,
    gender: z.enum(genders),
    phone: Phone.optional(),
    address: z.string().trim().max(100).optional(),
    grid: z.string().trim().max(40).optional(),
    groups: z.array(GroupCode).max(20).default([]),
  })
  .openapi("NewResident");

export const CourierSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    platform: z.enum(courierPlatforms),
    gender: z.enum(genders),
    phone: z.string().nullable(),
    verified: z.boolean(),
    suspended: z.boolean(),
    hasPass: z.boolean(),
    face: FaceState,
  })
  .openapi("Courier");

/** What registers a courier, at the desk or at the station's kiosk. */
export const NewCourierShape = {
  name: z.string().trim().min(1).max(40),
  phone: Phone,
  platform: z.enum(courierPlatforms),
  gender: z.enum(genders),
};

export const NewCourierSchema = z.object(NewCourierShape).openapi("NewCourier");

export const CourierStatusSchema = z
  .object({ verified: z.boolean().optional(), suspended: z.boolean().optional() })
  .refine((v) => v.verified !== undefined || v.suspended !== undefined, "Nothing to change")
  .openapi("CourierStatus");

export const ChildSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    birthDate: z.string(),
    guardians: z.array(z.object({ residentId: z.string(), relation: z.string(), name: z.string() })),
  })
  .openapi("Child");

export const NewChildSchema = z
  .object({
    name: z.string().trim().min(1).max(40),
    birthDate: LocalDate,
    guardians: z
      .array(z.object({ residentId: z.string().min(1), relation: z.string().trim().min(1).max(20) }))
      .min(1)
      .max(6),
  })
  .openapi("NewChild");

export const CreatedSchema = z.object({ id: z.string(), name: z.string() }).openapi("Created");

export const ResidentGroupSchema = z
  .object({ code: z.string(), name: z.string(), builtIn: z.boolean() })
  .openapi("ResidentGroup");
export const NewResidentGroupSchema = z.object({ name: z.string().trim().min(1).max(20) }).openapi("NewResidentGroup");
