import { z } from "@hono/zod-openapi";
import { staffRoles } from "../../db/schema";

export const StaffRoleSchema = z.enum(staffRoles).openapi("StaffRole");

export const StaffSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: StaffRoleSchema,
    communityId: z.string().nullable(),
    districtId: z.string(),
    disabled: z.boolean(),
  })
  .openapi("Staff");

const Username = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[a-zA-Z0-9._-]+$/, "letters, digits, . _ - only");
// OWASP: at least 8 characters, long passphrases allowed, no composition rules.
const Password = z.string().min(8).max(128);

export const SignInSchema = z
  .object({ username: z.string().min(1).max(40), password: z.string().min(1).max(128) })
  .openapi("SignIn");

export const CreateStaffSchema = z
  .object({
    username: Username,
    displayName: z.string().trim().min(1).max(60),
    role: StaffRoleSchema,
    password: Password,
  })
  .openapi("CreateStaff");

export const UpdateStaffSchema = z
  .object({
    displayName: z.string().trim().min(1).max(60).optional(),
    role: StaffRoleSchema.optional(),
    disabled: z.boolean().optional(),
    password: Password.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "Nothing to change")
  .openapi("UpdateStaff");

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    staffId: z.string().nullable(),
    staffName: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .openapi("AuditEntry");
