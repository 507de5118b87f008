import { createRoute, z } from "@hono/zod-openapi";
import { CommunityParams, createRouter, jsonBody, errors, jsonContent, staffErrors } from "../shared/router";
import { clearSessionCookie, setSessionCookie } from "./cookie";
import { createStaff } from "./create-staff";
import { communityStaff, requireStaff } from "./guard";
import { listAudit } from "./list-audit";
import { listStaff } from "./list-staff";
import { PERMISSIONS } from "./permissions";
import {
  AuditPageSchema,
  AuditQuerySchema,
  CreateStaffSchema,
  PermissionsSchema,
  SignInSchema,
  StaffSchema,
  UpdateStaffSchema,
} from "./schemas";
import { revokeSession } from "./session";
import { signIn } from "./sign-in";
import { updateStaff } from "./update-staff";

const tags = ["staff"];
const admins = ["district_admin", "community_admin"] as const;
const StaffParams = CommunityParams.extend({ staffId: z.string().openapi({ param: { name: "staffId", in: "path" } }) });
const Me = z.object({
  staff: StaffSchema.omit({ disabled: true }),
  now: z
    .string()
    .openapi({ description: "The server's clock, so the admin's today is the server's, not the browser's" }),
});

export const authRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/sign-in",
      tags,
      operationId: "signIn",
      summary: "Sign in as staff; sets the session cookie",
      request: { body: jsonBody(SignInSchema) },
      responses: { 200: jsonContent(Me, "Signed in"), ...staffErrors, ...errors(429) },
    }),
    async (c) => {
      const result = await signIn(c.var.deps, c.req.valid("json"));
      setSessionCookie(c, result.token);
      return c.json({ staff: result.staff, now: c.var.deps.clock.now().toISOString() }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/sign-out",
      tags,
      operationId: "signOut",
      summary: "End this session",
      middleware: [requireStaff()],
      responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), "Signed out"), ...staffErrors },
    }),
    async (c) => {
      await revokeSession(c.var.deps, { tokenHash: c.var.staff.sessionTokenHash });
      clearSessionCookie(c);
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me",
      tags,
      operationId: "getMe",
      summary: "Who is signed in",
      middleware: [requireStaff()],
      responses: { 200: jsonContent(Me, "The signed-in staff member"), ...staffErrors },
    }),
    (c) => {
      const { sessionTokenHash: _hash, ...me } = c.var.staff;
      return c.json({ staff: me, now: c.var.deps.clock.now().toISOString() }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/permissions",
      tags,
      operationId: "getPermissions",
      summary: "What each role may do (the table the API's guards read), and the signed-in role's row",
      middleware: [requireStaff()],
      responses: { 200: jsonContent(PermissionsSchema, "The permissions table"), ...staffErrors },
    }),
    (c) => c.json({ role: c.var.staff.role, mine: PERMISSIONS[c.var.staff.role], table: PERMISSIONS }, 200),
  );

export const staffRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/{communityId}/staff",
      tags,
      operationId: "listStaff",
      summary: "The community's staff accounts",
      middleware: communityStaff(...admins),
      request: { params: CommunityParams },
      responses: { 200: jsonContent(z.object({ staff: z.array(StaffSchema) }), "Staff accounts"), ...staffErrors },
    }),
    async (c) => c.json({ staff: await listStaff(c.var.deps, { communityId: c.req.valid("param").communityId }) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{communityId}/staff",
      tags,
      operationId: "createStaff",
      summary: "Add a staff account",
      middleware: communityStaff(...admins),
      request: { params: CommunityParams, body: jsonBody(CreateStaffSchema) },
      responses: { 201: jsonContent(StaffSchema, "Created"), ...errors(409), ...staffErrors },
    }),
    async (c) =>
      c.json(
        await createStaff(c.var.deps, {
          actor: c.var.staff,
          communityId: c.req.valid("param").communityId,
          ...c.req.valid("json"),
        }),
        201,
      ),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{communityId}/staff/{staffId}",
      tags,
      operationId: "updateStaff",
      summary: "Change a staff account's name, role, password or disable it",
      middleware: communityStaff(...admins),
      request: { params: StaffParams, body: jsonBody(UpdateStaffSchema) },
      responses: { 200: jsonContent(StaffSchema, "Updated"), ...errors(404), ...staffErrors },
    }),
    async (c) => {
      const { communityId, staffId } = c.req.valid("param");
      return c.json(
        await updateStaff(c.var.deps, { actor: c.var.staff, communityId, staffId, ...c.req.valid("json") }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{communityId}/audit",
      tags,
      operationId: "listAudit",
      summary: "The audit log, newest first",
      middleware: communityStaff(...admins),
      request: {
        params: CommunityParams,
        query: AuditQuerySchema,
      },
      responses: {
        200: jsonContent(AuditPageSchema, "A page of audit entries"),
        ...staffErrors,
      },
    }),
    async (c) =>
      c.json(
        await listAudit(c.var.deps, { communityId: c.req.valid("param").communityId, query: c.req.valid("query") }),
        200,
      ),
  );
