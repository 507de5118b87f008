import { z } from "@hono/zod-openapi";
import { staffMay } from "../staff/guard";
import {
  CommunityParams,
  createRouter,
  jsonBody,
  made,
  ok,
  pathParam,
  readInput,
  routesOf,
  staffAct,
  staffInput,
} from "../shared/router";
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
const residentStaff = routesOf({ tags, middleware: staffMay({ person: "resident", action: "read" }) });
const courierStaff = routesOf({ tags, middleware: staffMay({ person: "courier", action: "read" }) });
const childStaff = routesOf({ tags, middleware: staffMay({ person: "child", action: "read" }) });
const CourierParams = CommunityParams.extend({ courierId: pathParam("courierId") });

export const peopleRoutes = createRouter()
  .openapi(
    residentStaff.get(
      "/{communityId}/resident-groups",
      "listResidentGroups",
      "The groups residents may be in and subsidy rules may name: 低保, 特困, 残疾, 优抚 and the community's own",
      { params: CommunityParams },
      ok(z.object({ items: z.array(ResidentGroupSchema) }), "Groups"),
    ),
    async (c) => c.json({ items: await listResidentGroups(c.var.deps, readInput(c)) }, 200),
  )
  .openapi(
    residentStaff.post(
      "/{communityId}/resident-groups",
      "addResidentGroup",
      "Define a group of the community's own (e.g. 独居老人)",
      { params: CommunityParams, body: jsonBody(NewResidentGroupSchema) },
      made(ResidentGroupSchema, "Added", 409),
    ),
    async (c) => c.json(await addResidentGroup(c.var.deps, staffInput(c)), 201),
  )
  .openapi(
    residentStaff.get(
      "/{communityId}/residents",
      "listResidents",
      "Residents, with phone and flat masked",
      { params: CommunityParams },
      ok(z.object({ residents: z.array(ResidentSchema) }), "Residents"),
    ),
    async (c) => c.json({ residents: await listResidents(c.var.deps, readInput(c)) }, 200),
  )
  .openapi(
    residentStaff.post(
      "/{communityId}/residents",
      "addResident",
      "Enrol a resident",
      { params: CommunityParams, body: jsonBody(NewResidentSchema) },
      made(CreatedSchema, "Added"),
    ),
    async (c) =>
      c.json(await addResident(c.var.deps, c.var.staff, c.req.valid("param").communityId, c.req.valid("json")), 201),
  )
  .openapi(
    courierStaff.get(
      "/{communityId}/couriers",
      "listCouriers",
      "Registered couriers",
      { params: CommunityParams },
      ok(z.object({ couriers: z.array(CourierSchema) }), "Couriers"),
    ),
    async (c) => c.json({ couriers: await listCouriers(c.var.deps, readInput(c)) }, 200),
  )
  .openapi(
    courierStaff.post(
      "/{communityId}/couriers",
      "addCourier",
      "Register a courier (unverified)",
      { params: CommunityParams, body: jsonBody(NewCourierSchema) },
      made(CreatedSchema, "Added"),
    ),
    async (c) =>
      c.json(await addCourier(c.var.deps, c.var.staff, c.req.valid("param").communityId, c.req.valid("json")), 201),
  )
  .openapi(
    courierStaff.patch(
      "/{communityId}/couriers/{courierId}",
      "setCourierStatus",
      "Verify or suspend a courier",
      { params: CourierParams, body: jsonBody(CourierStatusSchema) },
      ok(z.object({ id: z.string(), verified: z.boolean(), suspended: z.boolean() }), "Updated", 404),
    ),
    async (c) => c.json(await setCourierStatus(c.var.deps, { ...staffAct(c), change: c.req.valid("json") }), 200),
  )
  .openapi(
    childStaff.get(
      "/{communityId}/children",
      "listChildren",
      "Children and their guardians",
      { params: CommunityParams },
      ok(z.object({ children: z.array(ChildSchema) }), "Children"),
    ),
    async (c) => c.json({ children: await listChildren(c.var.deps, readInput(c)) }, 200),
  )
  .openapi(
    childStaff.post(
      "/{communityId}/children",
      "addChild",
      "Add a child with their guardians",
      { params: CommunityParams, body: jsonBody(NewChildSchema) },
      made(CreatedSchema, "Added"),
    ),
    async (c) => c.json(await addChild(c.var.deps, staffInput(c)), 201),
  );
