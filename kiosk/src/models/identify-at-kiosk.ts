import type { IdentifyRequest, IdentifyResponse } from "../identify/identify-flow";
import { api } from "../api";
import { ApiError, unwrap } from "@ui/api-client";
import { toSessionPerson, type SessionPerson } from "./kiosk-session";

/**
 * The identify panel's way to ask the API. A refusal comes back as the envelope's code
 * (NOT_RECOGNISED, PASS_REVOKED, CODE_EXPIRED, COURIER_NOT_VERIFIED, COURIER_SUSPENDED,
 * RATE_LIMITED, NETWORK…), which the panel turns into words from its catalogue.
 */
export async function identifyAtKiosk(request: IdentifyRequest): Promise<IdentifyResponse<SessionPerson>> {
  try {
    return { ok: true, person: toSessionPerson(await unwrap(api.kiosk.identify.$post({ json: request }))) };
  } catch (err) {
    return { ok: false, code: err instanceof ApiError ? err.code : "NETWORK" };
  }
}
