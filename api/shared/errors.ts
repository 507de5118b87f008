import type { ErrorCode } from "./error-codes";

// Domain errors know nothing of HTTP; api/shared/on-error.ts maps each kind to a status.
export type ErrorKind =
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "unprocessable"
  | "rate_limited";

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: ErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
    /** Facts the screen needs to explain the refusal kindly, such as the date a ban ends. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError("not_found", "NOT_FOUND", `${what} not found`);
export const forbidden = (message = "You may not do this") => new DomainError("forbidden", "FORBIDDEN", message);
export const unauthenticated = (message = "Sign in first") =>
  new DomainError("unauthenticated", "UNAUTHENTICATED", message);
