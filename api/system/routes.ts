import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, jsonContent } from "../shared/router";
import { checkHealth } from "./check-health";

const HealthSchema = z
  .object({ ok: z.boolean(), db: z.enum(["ok", "unreachable"]), version: z.string() })
  .openapi("Health");

export const systemRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/health",
    tags: ["system"],
    operationId: "getHealth",
    summary: "Is the API up and its database reachable",
    responses: { 200: jsonContent(HealthSchema, "Healthy"), 503: jsonContent(HealthSchema, "Database unreachable") },
  }),
  async (c) => {
    const health = await checkHealth(c.var.deps);
    return health.ok ? c.json(health, 200) : c.json(health, 503);
  },
);
