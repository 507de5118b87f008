import { createRoute } from "@hono/zod-openapi";
import { headers, inSession } from "../identity/kiosk-operation";
import { createRouter, errors, jsonContent } from "../shared/router";
import { kioskHome } from "./kiosk-home";
import { KioskHomeSchema } from "./schemas";

/** The identified person's own home screen at the kiosk, in one call. */
export const kioskHomeRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/home",
    tags: ["identity"],
    operationId: "getKioskHome",
    summary: "What the identified person has: meal-card balance, meals from today, bookings and waitlist offers",
    ...inSession,
    request: { headers },
    responses: { 200: jsonContent(KioskHomeSchema, "The person's own home screen"), ...errors(401) },
  }),
  async (c) => c.json(await kioskHome(c.var.deps, { kiosk: c.var.kiosk, holder: c.var.kioskSession.holder }), 200),
);
