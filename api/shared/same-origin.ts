import { createMiddleware } from "hono/factory";
import { errorResponse } from "./on-error";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF guard for every unsafe request, JSON included: a browser always sends Origin (or at least
 * Sec-Fetch-Site) on a cross-site POST, so a write whose origin is neither our own host nor an
 * allowed origin is refused. SameSite=Strict cookies are the second line.
 */
export const sameOriginWrites = (allowedOrigins: string[]) =>
  createMiddleware(async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header("origin");
    const fetchSite = c.req.header("sec-fetch-site");
    const host = c.req.header("host") ?? new URL(c.req.url).host;
    const originOk = !origin || allowedOrigins.includes(origin) || safeHost(origin) === host;
    const siteOk =
      !fetchSite || fetchSite === "same-origin" || fetchSite === "none" || (origin !== undefined && originOk);
    if (originOk && siteOk) return next();
    return errorResponse(c, 403, "CROSS_ORIGIN_REFUSED", "Requests from another site are refused");
  });

function safeHost(origin: string) {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
