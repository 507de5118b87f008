import { ApiError } from "@ui/api-client";
import { endSession, session } from "./kiosk-session";

/** The session header for calls made on the identified person's behalf. */
export function sessionHeader() {
  const token = session.peek()?.token;
  if (!token) throw new ApiError(401, "KIOSK_SESSION_OVER", "no session");
  return { "x-kiosk-session": token };
}

/**
 * Awaits a call made for the identified person. A session the server has ended (two idle
 * minutes, ended elsewhere) takes the person's screen away at once; the caller still sees the error.
 */
export async function sessionCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof ApiError && err.code === "KIOSK_SESSION_OVER") void endSession();
    throw err;
  }
}
