import { z } from "@hono/zod-openapi";
import {
  CommunityParams,
  createRouter,
  jsonBody,
  made,
  ok,
  pathParam,
  readInput,
  routesOf,
  staffInput,
} from "../shared/router";
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
const anyone = routesOf({ tags });
const signedIn = routesOf({ tags, middleware: [requireStaff()] });
const admins = routesOf({ tags, middleware: communityStaff("district_admin", "community_admin") });
const StaffParams = CommunityParams.extend({ staffId: pathParam("staffId") });
const Me = z.object({
  staff: StaffSchema.omit({ disabled: true }),
  now: z
    .string()
    .openapi({ description: "The server's clock, so the admin's today is the server's, not the browser's" }),
});

export const authRoutes = createRouter()
  .openapi(
    anyone.post(
      "/sign-in",
      "signIn",
      "Sign in as staff; sets the session cookie",
      { body: jsonBody(SignInSchema) },
      ok(Me, "Signed in", 429),
    ),
    async (c) => {
      const result = await signIn(c.var.deps, c.req.valid("json"));
      setSessionCookie(c, result.token);
      return c.json({ staff: result.staff, now: c.var.deps.clock.now().toISOString() }, 200);
    },
  )
  .openapi(
    signedIn.post("/sign-out", "signOut", "End this session", {}, ok(z.object({ ok: z.literal(true) }), "Signed out")),
    async (c) => {
      await revokeSession(c.var.deps, { tokenHash: c.var.staff.sessionTokenHash });
      clearSessionCookie(c);
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(signedIn.get("/me", "getMe", "Who is signed in", {}, ok(Me, "The signed-in staff member")), (c) => {
    const { sessionTokenHash: _hash, ...me } = c.var.staff;
    return c.json({ staff: me, now: c.var.deps.clock.now().toISOString() }, 200);
  })
  .openapi(
    signedIn.get(
      "/permissions",
      "getPermissions",
      "What each role may do (the table the API's guards read), and the signed-in role's row",
      {},
      ok(PermissionsSchema, "The permissions table"),
    ),
    (c) => c.json({ role: c.var.staff.role, mine: PERMISSIONS[c.var.staff.role], table: PERMISSIONS }, 200),
  );

export const staffRoutes = createRouter()
  .openapi(
    admins.get(
      "/{communityId}/staff",
      "listStaff",
      "The community's staff accounts",
      { params: CommunityParams },
      ok(z.object({ staff: z.array(StaffSchema) }), "Staff accounts"),
    ),
    async (c) => c.json({ staff: await listStaff(c.var.deps, readInput(c)) }, 200),
  )
  .openapi(
    admins.post(
      "/{communityId}/staff",
      "createStaff",
      "Add a staff account",
      { params: CommunityParams, body: jsonBody(CreateStaffSchema) },
      made(StaffSchema, "Created", 409),
    ),
    async (c) => c.json(await createStaff(c.var.deps, staffInput(c)), 201),
  )
  .openapi(
    admins.patch(
      "/{communityId}/staff/{staffId}",
      "updateStaff",
      "Change a staff account's name, role, password or disable it",
      { params: StaffParams, body: jsonBody(UpdateStaffSchema) },
      ok(StaffSchema, "Updated", 404),
    ),
    async (c) => c.json(await updateStaff(c.var.deps, staffInput(c)), 200),
  )
  .openapi(
    admins.get(
      "/{communityId}/audit",
      "listAudit",
      "The audit log, newest first",
      { params: CommunityParams, query: AuditQuerySchema },
      ok(AuditPageSchema, "A page of audit entries"),
    ),
    async (c) => c.json(await listAudit(c.var.deps, { ...c.req.valid("param"), query: c.req.valid("query") }), 200),
  );
