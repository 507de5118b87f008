import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { StaffRole } from "../../db/schema";
import { findCommunity } from "../community/find-community";
import type { AppEnv } from "../shared/context";
import { forbidden, unauthenticated } from "../shared/errors";
import { canAccessCommunity } from "./rules";
import { SESSION_COOKIE, findSessionStaff } from "./session";

/** Every staff route declares who may call it; no roles listed means any signed-in staff. */
export const requireStaff = (...roles: StaffRole[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const who = token ? await findSessionStaff(c.var.deps, token) : null;
    if (!who) throw unauthenticated();
    if (roles.length > 0 && !roles.includes(who.role)) throw forbidden("Your role may not do this");
    c.set("staff", who);
    await next();
  });

/** For routes under /communities/{communityId}: the caller must belong to that community. */
export const requireCommunityAccess = createMiddleware<AppEnv>(async (c, next) => {
  const community = await findCommunity(c.var.deps.db, c.req.param("communityId") ?? "");
  if (!community || !canAccessCommunity(c.var.staff, community)) throw forbidden("This community is not yours");
  await next();
});

export const communityStaff = (...roles: StaffRole[]) => [requireStaff(...roles), requireCommunityAccess];
