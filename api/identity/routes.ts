import { createRoute } from "@hono/zod-openapi";
import { communityStaff } from "../staff/guard";
import { CommunityParams, createRouter, errors, jsonBody, jsonContent, staffErrors } from "../shared/router";
import { createKiosk } from "./create-kiosk";
import { getKioskWelcome } from "./get-kiosk-welcome";
import { requireKiosk } from "./kiosk-guard";
import { pairKiosk } from "./pair-kiosk";
import { CreateKioskSchema, KioskWelcomeSchema, NewKioskSchema, PairKioskSchema, PairedKioskSchema } from "./schemas";

const tags = ["identity"];

/** Calls made by a kiosk device. */
export const kioskRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post", path: "/pair", tags, operationId: "pairKiosk", summary: "Exchange a one-time pairing code for a device credential",
      request: { body: jsonBody(PairKioskSchema) },
      responses: { 200: jsonContent(PairedKioskSchema, "Paired"), ...errors(401, 422) },
    }),
    async (c) => c.json(await pairKiosk(c.var.deps, c.req.valid("json").code), 200),
  )
  .openapi(
    createRoute({
      method: "get", path: "/welcome", tags, operationId: "getKioskWelcome", summary: "What this kiosk's welcome screen shows",
      middleware: [requireKiosk],
      security: [{ kioskToken: [] }],
      responses: { 200: jsonContent(KioskWelcomeSchema, "Welcome screen data"), ...errors(401) },
    }),
    async (c) => c.json(await getKioskWelcome(c.var.deps, c.var.kiosk), 200),
  );

/** Kiosk management by staff. */
export const kioskAdminRoutes = createRouter().openapi(
  createRoute({
    method: "post", path: "/{communityId}/kiosks", tags, operationId: "createKiosk", summary: "Register a kiosk and get its pairing code",
    middleware: communityStaff("district_admin", "community_admin"),
    request: { params: CommunityParams, body: jsonBody(CreateKioskSchema) },
    responses: { 201: jsonContent(NewKioskSchema, "Created; pair within ten minutes"), ...errors(404), ...staffErrors },
  }),
  async (c) => c.json(await createKiosk(c.var.deps, c.var.staff, c.req.valid("param").communityId, c.req.valid("json")), 201),
);

export const kioskTokenScheme = { type: "http", scheme: "bearer" } as const;
