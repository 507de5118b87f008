import { createRoute, OpenAPIHono, type RouteConfig, z } from "@hono/zod-openapi";
import type { Context, Input } from "hono";
import { attachment } from "./csv";
import type { AppEnv } from "./context";
import { ErrorCode } from "./error-codes";
import { errorResponse } from "./on-error";

/** Every area's router: schema failures become the one error envelope with 422. */
export const createRouter = () =>
  new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
        return errorResponse(c, 422, "VALIDATION_FAILED", "The request does not match the expected shape", issues);
      }
    },
  });

/** A required JSON body: without `required`, a request with no JSON content type skips validation. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

export const ErrorSchema = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string(),
      requestId: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi("Error");

const errorDescriptions = {
  400: "The request is malformed",
  401: "Not signed in, or the credentials are wrong",
  403: "Signed in without the right role or community",
  404: "Not found",
  409: "Conflicts with the current state",
  422: "The request failed validation",
  429: "Too many attempts; see Retry-After",
} as const;

type ErrorStatus = keyof typeof errorDescriptions;

/** The error answers a route can give, for the OpenAPI document. */
export const errors = <S extends ErrorStatus>(...statuses: S[]) =>
  Object.fromEntries(statuses.map((s) => [s, jsonContent(ErrorSchema, errorDescriptions[s])])) as {
    [K in S]: ReturnType<typeof jsonContent<typeof ErrorSchema>>;
  };

/** What every staff route can answer besides success. */
export const staffErrors = errors(401, 403, 422);

/** A staff route's answers: 200 with this JSON, the staff errors, and the other errors named. */
export const ok = <T extends z.ZodType, S extends ErrorStatus = never>(
  schema: T,
  description: string,
  ...also: S[]
) => ({
  200: jsonContent(schema, description),
  ...staffErrors,
  ...errors(...also),
});

/** A staff route's answers when it creates something: 201 with this JSON, the staff errors and the others named. */
export const made = <T extends z.ZodType, S extends ErrorStatus = never>(
  schema: T,
  description: string,
  ...also: S[]
) => ({ 201: jsonContent(schema, description), ...staffErrors, ...errors(...also) });

/** A staff route's answers when it sends a CSV file: 200 with the text, the staff errors and the others named. */
export const csvFile = <S extends ErrorStatus = never>(description: string, ...also: S[]) => ({
  200: { content: { "text/csv": { schema: z.string() } }, description },
  ...staffErrors,
  ...errors(...also),
});

/** A path parameter: a non-empty string, named in the path. */
export const pathParam = (name: string) =>
  z
    .string()
    .min(1)
    .openapi({ param: { name, in: "path" } });

type Method = "get" | "post" | "put" | "patch" | "delete";
type RouteRequest = NonNullable<RouteConfig["request"]>;

/**
 * An area's route definitions: what its routes share (the tag, the guard, the security scheme) given
 * once, then per route its method, path, operationId, summary, request and answers. Each route keeps
 * its literal method, path, request and responses types, which the typed client reads.
 */
export const routesOf = <G extends Pick<RouteConfig, "tags" | "middleware" | "security">>(shared: G) => {
  const route =
    <M extends Method>(method: M) =>
    <P extends string, Q extends RouteRequest, R extends RouteConfig["responses"]>(
      path: P,
      operationId: string,
      summary: string,
      request: Q,
      responses: R,
    ) =>
      createRoute({ ...shared, method, path, operationId, summary, request, responses });
  /**
   * Routes that differ only in path, operationId and summary (the acts on one's own booking): the
   * method, request and answers given once.
   */
  const alike =
    <M extends Method, Q extends RouteRequest, R extends RouteConfig["responses"]>(
      method: M,
      request: Q,
      responses: R,
    ) =>
    <P extends string>(path: P, operationId: string, summary: string) =>
      route(method)(path, operationId, summary, request, responses);
  return {
    get: route("get"),
    post: route("post"),
    put: route("put"),
    patch: route("patch"),
    delete: route("delete"),
    alike,
  };
};

export const CommunityParams = z.object({
  communityId: z
    .string()
    .min(1)
    .openapi({ param: { name: "communityId", in: "path" } }),
});

/** The path's community, for a staff route's reads. */
export const cid = (c: { req: { valid(t: "param"): { communityId: string } } }) => c.req.valid("param").communityId;

/**
 * A staff verb's "who acts and on what": the signed-in staff member and the path's community and
 * object ids, for `verb(deps, { ...staffAct(c), ...c.req.valid("json") })`.
 */
export const staffAct = <E extends AppEnv, P extends string, I extends { out: { param: object } }>(
  c: Context<E, P, I>,
) => ({ actor: c.var.staff, ...c.req.valid("param") });

/** What the request validated for one target (path, query or JSON body); nothing when the route has none. */
type Valid<I extends Input, T extends "param" | "query" | "json"> = I extends { out: { [K in T]: infer V } }
  ? V
  : unknown;
const valid = (c: Context, target: "param" | "query" | "json"): object | undefined => c.req.valid(target as never);

/** A read's input: the path's ids and the query, for `verb(c.var.deps, readInput(c))`. */
export const readInput = <E extends AppEnv, P extends string, I extends Input>(c: Context<E, P, I>) =>
  ({ ...valid(c, "query"), ...valid(c, "param") }) as Valid<I, "param"> & Valid<I, "query">;

type StaffInput<E extends AppEnv, I extends Input> = { actor: E["Variables"]["staff"] } & Valid<I, "param"> &
  Valid<I, "json">;

/**
 * A staff act's input: who acts (the signed-in staff member), the path's ids and the JSON body, for
 * `verb(c.var.deps, staffInput(c))`. The path's ids (which the guard authorised) and the actor come
 * last, so no field of a body or query can stand in for them.
 */
export const staffInput = <E extends AppEnv, P extends string, I extends Input>(c: Context<E, P, I>) =>
  ({ ...valid(c, "json"), ...valid(c, "param"), actor: c.var.staff }) as StaffInput<E, I>;

/** Answers a CSV file to download as `filename`. */
export const sendCsv = (c: Context, filename: string, text: string) => {
  c.header("content-disposition", attachment(filename));
  return c.body(text, 200, { "content-type": "text/csv; charset=utf-8" });
};
