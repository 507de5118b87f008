import { createRoute, z } from "@hono/zod-openapi";
import { communityStaff, requireStaff } from "../staff/guard";
import { CommunityParams, createRouter, jsonContent, staffErrors } from "../shared/router";
import { listCommunities } from "./list-communities";
import { listFacilities } from "./list-facilities";
import { CommunitySchema, FacilitySchema } from "./schemas";

const tags = ["community"];

export const communityRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      operationId: "listCommunities",
      summary: "Communities the signed-in staff member may act in",
      middleware: [requireStaff()],
      responses: {
        200: jsonContent(z.object({ communities: z.array(CommunitySchema) }), "Communities"),
        ...staffErrors,
      },
    }),
    async (c) => c.json({ communities: await listCommunities(c.var.deps, c.var.staff) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{communityId}/facilities",
      tags,
      operationId: "listFacilities",
      summary: "The community's facilities",
      middleware: communityStaff(),
      request: { params: CommunityParams },
      responses: { 200: jsonContent(z.object({ facilities: z.array(FacilitySchema) }), "Facilities"), ...staffErrors },
    }),
    async (c) => c.json({ facilities: await listFacilities(c.var.deps.db, c.req.valid("param").communityId) }, 200),
  );
