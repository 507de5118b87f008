import type { MiddlewareHandler } from "hono";

// Vite writes only content-hashed files under each app's assets/ (index-CTBoJAIp.css): a new
// build has new names, so a browser may keep them for good. Everything else (the apps' HTML
// shells, the face models under face/) keeps its name across builds and is revalidated each time,
// so a deploy reaches every kiosk at its next load.
const HASHED = /^\/(?:kiosk|admin)\/assets\/[^/]+$/;
export const LONG_CACHE = "public, max-age=31536000, immutable";

export function staticCacheHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const html = c.res.headers.get("content-type")?.startsWith("text/html");
    const hashed = c.res.status === 200 && !html && HASHED.test(c.req.path);
    c.res.headers.set("cache-control", hashed ? LONG_CACHE : "no-cache");
  };
}
