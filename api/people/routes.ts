import { createRoute, z } from "@hono/zod-openapi";
import { staffMay } from "../staff/guard";
import { CommunityParams, createRouter, errors, jsonBody, jsonContent, staffErrors } from "../shared/router";
import { addChild, addCourier, addResident, setCourierStatus } from "./add-person";
import { listChildren, listCouriers, listResidents } from "./list-people";
import {
  ChildSchema,
  CourierSchema,
  CourierStatusSchema,
  CreatedSchema,
  NewChildSchema,
  NewCourierSchema,
  NewResidentGroupSchema,
  NewResidentSchema,
  ResidentGroupSchema,
  ResidentSchema,
} from "./schemas";
import { addResidentGroup, listResidentGroups } from "./resident-groups";

const tags = ["people"];
// Each list is open to the staff who serve those people, and to admins.
const residentStaff = staffMay({ person: "resident", action: "read" });
const courierStaff = staffMay({ person: "courier", action: "read" });
const childStaff = staffMay({ person: "child", action: "read" });
const CourierParams = CommunityParams.extend({
  courierId: z.string().openapi({ param: { name: "courierId", in: "path" } }),
});

export const peopleRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/{communityId}/resident-groups",
      tags,
      operationId: "listResidentGroups",
      summary:
        "The groups residents may be in and subsidy rules may name: 低保, 特困, 残疾, 优抚 and the community's own",
      middleware: residentStaff,
      request: { params: CommunityParams },
      responses: { 200: jsonContent(z.object({ items: z.array(ResidentGroupSchema) }), "Groups"), ...staffErrors },
    }),
    async (c) =>
      c.json({ items: await listResidentGroups(c.var.deps, { communityId: c.req.valid("param").communityId }) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{communityId}/resident-groups",
      tags,
      operationId: "addResidentGroup",
      summary: "Define a group of the community's own (e.g. 独居老人)",
      middleware: residentStaff,
      request: { params: CommunityParams, body: jsonBody(NewResidentGroupSchema) },
      responses: { 201: jsonContent(ResidentGroupSchema, "Added"), ...errors(409), ...staffErrors },
    }),
    async (c) =>
      c.json(
        await addResidentGroup(c.var.deps, {
          actor: c.var.staff,
          communityId: c.req.valid("param").communityId,
          name: c.req.valid("json").name,
        }),
        201,
      ),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{communityId}/residents",
      tags,
      operationId: "listResidents",
      summary: "Residents, with phone and flat masked",
      middleware: residentStaff,
      request: { params: CommunityParams },
      responses: { 200: jsonContent(z.object({ residents: z.array(ResidentSchema) }), "Residents"), ...staffErrors },
    }),
    async (c) =>
      c.json({ residents: await listResidents(c.var.deps, { communityId: c.req.valid("param").communityId }) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{communityId}/residents",
      tags,
      operationId: "addResident",
      summary: "Enrol a resident",
      middleware: residentStaff,
      request: { params: CommunityParams, body: jsonBody(NewResidentSchema) },
      responses: { 201: jsonContent(CreatedSchema, "Added"), ...staffErrors },
    }),
    async (c) =>
      c.json(await addResident(c.var.deps, c.var.staff, c.req.valid("param").communityId, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{communityId}/couriers",
      tags,
      operationId: "listCouriers",
      summary: "Registered couriers",
      middleware: courierStaff,
      request: { params: CommunityParams },
      responses: { 200: jsonContent(z.object({ couriers: z.array(CourierSchema) }), "Couriers"), ...staffErrors },
    }),
    async (c) =>
      c.json({ couriers: await listCouriers(c.var.deps, { communityId: c.req.valid("param").communityId }) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{communityId}/couriers",
      tags,
      operationId: "addCourier",
      summary: "Register a courier (unverified)",
      middleware: courierStaff,
      request: { params: CommunityParams, body: jsonBody(NewCourierSchema) },
      responses: { 201: jsonContent(CreatedSchema, "Added"), ...staffErrors },
    }),
    async (c) =>
      c.json(await addCourier(c.var.deps, c.var.staff, c.req.valid("param").communityId, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{communityId}/couriers/{courierId}",
      tags,
      operationId: "setCourierStatus",
      summary: "Verify or suspend a courier",
      middleware: courierStaff,
      request: { params: CourierParams, body: jsonBody(CourierStatusSchema) },
      responses: {
        200: jsonContent(z.object({ id: z.string(), verified: z.boolean(), suspended: z.boolean() }), "Updated"),
        ...errors(404),
        ...staffErrors,
      },
    }),
    async (c) => {
      const { communityId, courierId } = c.req.valid("param");
      return c.json(
        await setCourierStatus(c.var.deps, { actor: c.var.staff, communityId, courierId, change: c.req.valid("json") }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{communityId}/children",
      tags,
      operationId: "listChildren",
      summary: "Children and their guardians",
      middleware: childStaff,
      request: { params: CommunityParams },
      responses: { 200: jsonContent(z.object({ children: z.array(ChildSchema) }), "Children"), ...staffErrors },
    }),
    async (c) =>
      c.json({ children: await listChildren(c.var.deps, { communityId: c.req.valid("param").communityId }) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{communityId}/children",
      tags,
      operationId: "addChild",
      summary: "Add a child with their guardians",
      middleware: childStaff,
      request: { params: CommunityParams, body: jsonBody(NewChildSchema) },
      responses: { 201: jsonContent(CreatedSchema, "Added"), ...staffErrors },
    }),
    async (c) =>
      c.json(
        await addChild(c.var.deps, {
          actor: c.var.staff,
          communityId: c.req.valid("param").communityId,
          ...c.req.valid("json"),
        }),
        201,
      ),
  );
