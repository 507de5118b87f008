import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "../shared/context";
import { SESSION_COOKIE } from "./session";

function isSecure(c: Context<AppEnv>) {
  const mode = c.var.deps.config.cookieSecure;
  if (mode !== "auto") return mode === "true";
  const url = new URL(c.req.url);
  return url.protocol === "https:" || url.hostname === "localhost" || url.hostname === "127.0.0.1";
}

export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date) {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: "Strict", secure: isSecure(c), path: "/", expires: expiresAt });
}

export const clearSessionCookie = (c: Context<AppEnv>) => deleteCookie(c, SESSION_COOKIE, { path: "/" });
