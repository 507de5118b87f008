import { hc } from "hono/client";
import type { ClientResponse } from "hono/client";
import type { AppType, ErrorCode } from "../api/app";

type Options = {
  headers?: () => Record<string, string>;
  onResponse?: (res: Response) => void;
  /** The API could not be reached at all (no answer, not an error answer). */
  onNetworkError?: () => void;
};

/** The one typed client both front-ends use; types come from the API, no server code is bundled. */
export function createApiClient({ headers, onResponse, onNetworkError }: Options = {}) {
  return hc<AppType>(location.origin, {
    headers: () => headers?.() ?? {},
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      let res: Response;
      try {
        res = await fetch(input, init);
      } catch (err) {
        onNetworkError?.();
        throw err;
      }
      onResponse?.(res);
      return res;
    },
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** What a screen refuses before asking the API (status 0): no network, or a form it can check itself. */
export type ClientErrorCode = "NETWORK" | "MONEY_FORMAT" | "RANGE_INVERTED";

/**
 * A failed call, read from the API's one error envelope (its code is one of the API's ErrorCode
 * catalogue), or a refusal the screen made itself (ClientErrorCode).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly requestId?: string,
    /** Facts the API gives to explain a refusal (the date a ban ends, a limit): worded by the screen. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

type Success<R> = R extends ClientResponse<infer T, infer S, infer _F> ? (S extends 200 | 201 ? T : never) : never;

/** Awaits a call and returns its success body, or throws an ApiError for any other outcome. */
export async function unwrap<R extends ClientResponse<unknown, number, "json">>(call: Promise<R>): Promise<Success<R>> {
  let res: R;
  try {
    res = await call;
  } catch {
    throw new ApiError(0, "NETWORK", "network");
  }
  const body = (await res.json().catch(() => null)) as {
    error?: { code?: ErrorCode; message?: string; requestId?: string; details?: Record<string, unknown> };
  } | null;
  if (res.ok) return body as Success<R>;
  const error = body?.error;
  throw new ApiError(
    res.status,
    error?.code ?? "HTTP_ERROR",
    error?.message ?? res.statusText,
    error?.requestId,
    error?.details,
  );
}
