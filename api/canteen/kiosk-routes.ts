import { createRoute, z } from "@hono/zod-openapi";
import { headers, inKioskSession as middleware, security } from "../identity/kiosk-operation";
import type { Context } from "hono";
import { lastIdentification } from "../identity/last-identification";
import { sessionResident } from "../identity/kiosk-session";
import type { AppEnv } from "../shared/context";
import { keyedRequest, newClaim } from "../shared/idempotency";
import { createRouter, errors, jsonBody, jsonContent } from "../shared/router";
import { cancelOrder } from "./cancel-order";
import { canteenToday } from "./canteen-today";
import { orderMeal } from "./order-meal";
import { CanteenDayQuery, CanteenTodaySchema, OrderSchema, PlaceOrderSchema, PlacedOrderSchema } from "./schemas";

const tags = ["canteen"];

/** The canteen serves residents; a courier's session at the canteen kiosk cannot order. */
const diner = (c: Context<AppEnv>) => sessionResident(c, "The canteen serves residents").id;

export const canteenKioskRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/today",
      tags,
      operationId: "getCanteenToday",
      summary: "A day's sittings, dishes and the person's own prices (today, or a date ahead)",
      middleware,
      security,
      request: { headers, query: CanteenDayQuery },
      responses: { 200: jsonContent(CanteenTodaySchema, "Today at the canteen"), ...errors(401, 403, 422) },
    }),
    async (c) =>
      c.json(
        await canteenToday(c.var.deps, {
          communityId: c.var.kiosk.communityId,
          residentId: diner(c),
          date: c.req.valid("query").date,
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/orders",
      tags,
      operationId: "orderMeal",
      summary: "Order a meal (idempotent by key)",
      middleware,
      security,
      request: { headers, body: jsonBody(PlaceOrderSchema) },
      responses: {
        200: jsonContent(PlacedOrderSchema, "Placed (or the first answer to this key)"),
        ...errors(401, 403, 404, 409, 422),
      },
    }),
    async (c) => {
      const me = diner(c);
      const body = c.req.valid("json");
      // The key is claimed in the order's own batch, with the answer a retry replays.
      const claim = await newClaim(c.var.deps, keyedRequest(c, "orderMeal", body));
      const placed = await orderMeal(c.var.deps, {
        communityId: c.var.kiosk.communityId,
        residentId: body.forResidentId ?? me,
        orderedById: me,
        sitting: body.sitting,
        serviceDate: body.serviceDate,
        payment: body.payment,
        delivery: body.delivery,
        idempotencyKey: claim.id,
        claim,
        expectedPayFen: body.expectedPayFen,
        kioskId: c.var.kiosk.id,
        ...(await lastIdentification(c.var.deps, { kioskId: c.var.kiosk.id, holderId: me })),
      });
      return c.json(placed, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/orders/{orderId}/cancel",
      tags,
      operationId: "cancelMealOrder",
      summary: "Cancel before the cut-off (the diner or the family member who ordered); the card is refunded",
      middleware,
      security,
      request: {
        headers,
        params: z.object({ orderId: z.string().openapi({ param: { name: "orderId", in: "path" } }) }),
      },
      responses: { 200: jsonContent(OrderSchema, "Cancelled"), ...errors(401, 404, 409) },
    }),
    async (c) =>
      c.json(
        await cancelOrder(c.var.deps, {
          communityId: c.var.kiosk.communityId,
          orderId: c.req.valid("param").orderId,
          actorResidentId: diner(c),
        }),
        200,
      ),
  );
