import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "../shared/context";
import { SESSION_ABSOLUTE_MS } from "./rules";
import { SESSION_COOKIE } from "./session";

function isSecure(c: Context<AppEnv>) {
  const mode = c.var.deps.config.cookieSecure;
  if (mode !== "auto") return mode === "true";
  const url = new URL(c.req.url);
  // Behind a TLS-terminating proxy the request reaches Node over http: the proxy's header says
  // what the browser used. (It only ever adds Secure; a forged "http" cannot remove it on https.)
  const forwarded = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return (
    url.protocol === "https:" || forwarded === "https" || url.hostname === "localhost" || url.hostname === "127.0.0.1"
  );
}

// Max-Age, not Expires: a lifetime relative to receipt holds however far the browser's clock is
// from the server's (a kiosk with a wrong clock, a test server at a fixed instant). The server
// still ends the session itself at its own absolute and idle limits.
export function setSessionCookie(c: Context<AppEnv>, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Strict",
    secure: isSecure(c),
    path: "/",
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

export const clearSessionCookie = (c: Context<AppEnv>) => deleteCookie(c, SESSION_COOKIE, { path: "/" });
