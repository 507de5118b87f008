import { z } from "@hono/zod-openapi";
import { facilityKinds, personKinds, staffRoles } from "../../db/schema";
import { CalendarDate } from "../shared/calendar";
import { communityActions, facilityActions, personActions } from "./permissions";

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
    /** Whom the change touched: the person or staff member it is about, or who held what it is about. */
    subject: z
      .object({ kind: z.enum(["resident", "courier", "child", "staff"]), id: z.string(), name: z.string().nullable() })
      .nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .openapi("AuditEntry");

const Id = z.string().min(1).max(64);
export const AuditQuerySchema = z
  .object({
    person: Id.optional().openapi({
      description: "Entries that touched this resident, courier, child or staff member",
    }),
    staff: Id.optional().openapi({ description: "Entries made by this staff member" }),
    kind: z
      .string()
      .regex(/^[a-z_]+([.+][a-z_]+)*$/)
      .max(60)
      .optional()
      .openapi({ description: 'An action ("pass.issue") or a family of actions ("pass")', example: "pass" }),
    from: CalendarDate.optional().openapi({ description: "First local date, in the community's time zone" }),
    to: CalendarDate.optional().openapi({ description: "Last local date, included" }),
    cursor: z
      .string()
      .regex(/^\d{1,15}~[\w-]{1,64}$/)
      .optional()
      .openapi({ description: "The `next` of the previous page" }),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from is after to", path: ["to"] });

export const AuditPageSchema = z
  .object({
    entries: z.array(AuditEntrySchema),
    // Id → name for the ids the entries' changes hold (familyId, holderIds …), within the community.
    names: z.record(z.string(), z.string()),
    next: z.string().nullable(),
  })
  .openapi("AuditPage");

const RolePermissionsSchema = z.object({
  people: z.object(
    Object.fromEntries(personKinds.map((k) => [k, z.array(z.enum(personActions))])) as {
      [K in (typeof personKinds)[number]]: z.ZodArray<z.ZodEnum<{ [A in (typeof personActions)[number]]: A }>>;
    },
  ),
  facilities: z.object(
    Object.fromEntries(facilityKinds.map((k) => [k, z.array(z.enum(facilityActions))])) as {
      [K in (typeof facilityKinds)[number]]: z.ZodArray<z.ZodEnum<{ [A in (typeof facilityActions)[number]]: A }>>;
    },
  ),
  community: z.array(z.enum(communityActions)),
});
export const PermissionsSchema = z
  .object({
    role: z.enum(staffRoles),
    mine: RolePermissionsSchema,
    table: z.object(
      Object.fromEntries(staffRoles.map((r) => [r, RolePermissionsSchema])) as {
        [R in (typeof staffRoles)[number]]: typeof RolePermissionsSchema;
      },
    ),
  })
  .openapi("Permissions");
