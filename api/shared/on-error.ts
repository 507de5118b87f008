import type { Context } from "hono";
import type { ErrorCode } from "./error-codes";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { DomainError, type ErrorKind } from "./errors";
import { loggableError } from "./loggable-error";

const statusOf: Record<ErrorKind, ContentfulStatusCode> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  rate_limited: 429,
};

/** The one error envelope: { error: { code, message, requestId } }. */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
  details?: unknown,
) {
  const requestId = (c.get("requestId") as string | undefined) ?? "";
  return c.json({ error: { code, message, requestId, ...(details ? { details } : {}) } }, status);
}

export function onError(err: Error, c: Context) {
  if (err instanceof DomainError) {
    if (err.retryAfterSeconds) c.header("Retry-After", String(err.retryAfterSeconds));
    return errorResponse(c, statusOf[err.kind], err.code, err.message, err.details);
  }
  if (err instanceof HTTPException) {
    // Hono raises these for malformed JSON bodies and similar protocol-level mistakes.
    const status = err.status as ContentfulStatusCode;
    return errorResponse(c, status, status === 400 ? "BAD_REQUEST" : "HTTP_ERROR", err.message);
  }
  // Log the request id and the error, never the request body or a query's parameters (personal data).
  console.error(`[${c.get("requestId")}] ${loggableError(err)}`);
  return errorResponse(c, 500, "INTERNAL", "Something went wrong on our side");
}
