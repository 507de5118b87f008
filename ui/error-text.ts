import { ApiError } from "./api-client";

type Values = Record<string, string | number>;
export type Translate = { tryT: (key: string, values?: Values) => string | undefined };

/**
 * How one part of a screen words refusals: its own texts first (`<area>.error.<CODE>`), since a
 * code such as FULL means "the meal sold out" at the canteen and "the seat was taken" in the
 * study room; `values` turns the envelope's details into words (a date, a number of hours).
 */
export type ErrorWording = { area?: string; values?: (err: ApiError) => Values };

/**
 * What to tell a person about a failed call: the catalogue's text for the envelope's code when
 * there is one, otherwise the API's own message. The request id lets staff find it in the logs.
 */
export function errorText(
  { tryT }: Translate,
  err: unknown,
  wording: ErrorWording = {},
): { message: string; reference?: string } {
  if (!(err instanceof ApiError)) return { message: tryT("error.generic") ?? "" };
  const values = wording.values?.(err);
  const own = wording.area ? tryT(`${wording.area}.error.${err.code}`, values) : undefined;
  const message = own ?? tryT(`error.${err.code}`, values) ?? (err.message || tryT("error.generic") || err.code);
  const reference = err.requestId ? tryT("error.requestId", { id: err.requestId }) : undefined;
  return reference ? { message, reference } : { message };
}
