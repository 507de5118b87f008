import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { PersonKind, StaffRole } from "../../db/schema";
import { may, rolesThatMayAny, type Permission, type PersonAction } from "./permissions";
import { findCommunity } from "../community/find-community";
import type { AppEnv } from "../shared/context";
import { forbidden, unauthenticated } from "../shared/errors";
import { canAccessCommunity } from "./rules";
import { SESSION_COOKIE, findSessionStaff } from "./session";

/** Every staff route declares who may call it; no roles listed means any signed-in staff. */
export const requireStaff = (...roles: StaffRole[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const who = token ? await findSessionStaff(c.var.deps, { token }) : null;
    if (!who) throw unauthenticated();
    if (roles.length > 0 && !roles.includes(who.role)) throw forbidden("Your role may not do this");
    c.set("staff", who);
    await next();
  });

/** For routes under /communities/{communityId}: the caller must belong to that community. */
export const requireCommunityAccess = createMiddleware<AppEnv>(async (c, next) => {
  const community = await findCommunity(c.var.deps, { id: c.req.param("communityId") ?? "" });
  if (!community || !canAccessCommunity(c.var.staff, community)) throw forbidden("This community is not yours");
  await next();
});

export const communityStaff = (...roles: StaffRole[]) => [requireStaff(...roles), requireCommunityAccess];

/** A route's guard from the permissions table: the roles that may do any of `ps`, in their own community. */
export const staffMay = (...ps: Permission[]) => communityStaff(...rolesThatMayAny(...ps));

/** The object's side: a verb about particular people checks the caller may do `action` to each kind. */
export function assertMayForPeople(actor: { role: StaffRole }, kinds: Iterable<PersonKind>, action: PersonAction) {
  for (const kind of new Set(kinds)) {
    if (!may(actor.role, { person: kind, action })) throw forbidden(`Your role may not do this for a ${kind}`);
  }
}

/** A verb's own check against the table, for what is not about particular people. */
export function assertMay(actor: { role: StaffRole }, p: Permission) {
  if (!may(actor.role, p)) throw forbidden("Your role may not do this");
}
