import { ApiError } from "./api-client";

export type Translate = { tryT: (key: string, values?: Record<string, string>) => string | undefined };

/**
 * What to tell a person about a failed call: the catalogue's text for the envelope's code when
 * there is one, otherwise the API's own message. The request id lets staff find it in the logs.
 */
export function errorText({ tryT }: Translate, err: unknown): { message: string; reference?: string } {
  if (!(err instanceof ApiError)) return { message: tryT("error.generic") ?? "" };
  const message = tryT(`error.${err.code}`) ?? (err.message || tryT("error.generic") || err.code);
  const reference = err.requestId ? tryT("error.requestId", { id: err.requestId }) : undefined;
  return reference ? { message, reference } : { message };
}
