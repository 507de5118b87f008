import { createRoute, z } from "@hono/zod-openapi";
import { communityStaff, requireStaff } from "../staff/guard";
import { CommunityParams, createRouter, errors, jsonBody, jsonContent, staffErrors } from "../shared/router";
import { rolesThatMay } from "../staff/permissions";
import { createCommunity } from "./create-community";
import { listCommunities } from "./list-communities";
import { listFacilities } from "./list-facilities";
import { CommunitySchema, CreatedCommunitySchema, FacilitySchema, NewCommunitySchema } from "./schemas";

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
    async (c) => c.json({ communities: await listCommunities(c.var.deps, { who: c.var.staff }) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      tags,
      operationId: "createCommunity",
      summary: "Open a community in the district (district admins), with its facilities",
      middleware: [requireStaff(...rolesThatMay({ community: "create_community" }))],
      request: { body: jsonBody(NewCommunitySchema) },
      responses: { 201: jsonContent(CreatedCommunitySchema, "Created"), ...errors(409), ...staffErrors },
    }),
    async (c) => c.json(await createCommunity(c.var.deps, { actor: c.var.staff, ...c.req.valid("json") }), 201),
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
    async (c) =>
      c.json({ facilities: await listFacilities(c.var.deps, { communityId: c.req.valid("param").communityId }) }, 200),
  );
