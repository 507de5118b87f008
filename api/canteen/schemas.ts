import { CalendarDate, CalendarMonth } from "../shared/calendar";
import { z } from "@hono/zod-openapi";
import { orderStatuses, sittingNames } from "../../db/schema";

const Fen = z.number().int();
const Share = z.object({ fundName: z.string(), amountFen: Fen });

export const CanteenTodaySchema = z
  .object({
    serviceDate: z.string(),
    // Today and the days ahead residents may order for, each with its closure reason if closed.
    orderDates: z.array(z.object({ date: z.string(), closed: z.string().nullable() })),
    closed: z.string().nullable(),
    diners: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        self: z.boolean(),
        deliveryEligible: z.boolean(),
        balanceFen: Fen,
        orders: z.array(
          z.object({
            id: z.string(),
            sitting: z.enum(sittingNames),
            ticketNo: z.number(),
            payFen: Fen,
            payment: z.enum(["meal_card", "counter"]),
            status: z.enum(orderStatuses),
            delivery: z.boolean(),
            movedFrom: z.object({ sitting: z.enum(sittingNames), date: z.string() }).nullable(),
          }),
        ),
        sittings: z.array(
          z.object({
            name: z.enum(sittingNames),
            start: z.string(),
            end: z.string(),
            orderCutoff: z.string(),
            open: z.boolean(),
            left: z.number(),
            dishes: z.array(z.string()),
            price: z.object({ listPriceFen: Fen, payFen: Fen, savedFen: Fen, subsidies: z.array(Share) }),
            exhaustedFunds: z.array(z.string()),
          }),
        ),
      }),
    ),
  })
  .openapi("CanteenToday");

export const CanteenDayQuery = z.object({ date: CalendarDate.optional() });

export const PlaceOrderSchema = z
  .object({
    sitting: z.enum(sittingNames),
    // Absent: today. A later date within the days the canteen lists (orderDates).
    serviceDate: CalendarDate.optional(),
    payment: z.enum(["meal_card", "counter"]),
    delivery: z.boolean().default(false),
    // Absent: the identified person eats. Present: an elder linked to them.
    forResidentId: z.string().optional(),
    idempotencyKey: z.string().min(8).max(100),
    // The price the screen showed; a different price now is refused with PRICE_CHANGED.
    expectedPayFen: z.number().int().min(0).optional(),
  })
  .openapi("PlaceOrder");

export const OrderSchema = z
  .object({
    id: z.string(),
    residentId: z.string(),
    orderedById: z.string(),
    serviceDate: z.string(),
    sitting: z.enum(sittingNames),
    ticketNo: z.number(),
    status: z.enum(orderStatuses),
    policyVersion: z.number(),
    listPriceFen: Fen,
    payFen: Fen,
    savedFen: Fen,
    subsidised: z.boolean(),
    subsidies: z.array(z.object({ fundCode: z.string(), fundName: z.string(), ruleId: z.string(), amountFen: Fen })),
    payment: z.enum(["meal_card", "counter"]),
    delivery: z.boolean(),
    identifiedBy: z.string(),
    balanceFen: Fen,
  })
  .openapi("MealOrder");

export const PlacedOrderSchema = OrderSchema.extend({
  exhaustedFunds: z.array(z.string()).openapi({ description: "Names of the funds that had run out" }),
}).openapi("PlacedMealOrder");

export const CardEntrySchema = z
  .object({
    amountFen: z
      .number()
      .int()
      .min(-1_000_000)
      .max(1_000_000)
      .refine((n) => n !== 0, "not zero"),
    kind: z.enum(["top_up", "correction"]),
    method: z.enum(["cash", "transfer"]),
    note: z.string().max(200).optional(),
    idempotencyKey: z.string().min(8).max(100),
  })
  .openapi("MealCardEntry");

export const MarkOrderSchema = z.object({ outcome: z.enum(["served", "delivered", "no_answer"]) }).openapi("MarkOrder");
export const DateQuery = z.object({ date: CalendarDate.optional() });
export const MonthQuery = z.object({ month: CalendarMonth, fund: z.string().min(1) });

const Count = z.object({ key: z.string(), meals: z.number(), amountFen: Fen });
export const SettlementSchema = z
  .object({
    // The fund's budget for the month (its own for the month, else the default).
    fund: z.object({ code: z.string(), name: z.string(), budgetFen: Fen.nullable() }),
    month: z.string(),
    meals: z.number(),
    amountFen: Fen,
    byBracket: z.array(Count),
    byGroup: z.array(Count),
    byDay: z.array(Count),
  })
  .openapi("Settlement");

export const ProductionSchema = z
  .object({
    items: z.array(
      z.object({
        sitting: z.enum(sittingNames),
        dineIn: z.number(),
        delivery: z.number(),
        served: z.number(),
        dishes: z.array(z.string()),
      }),
    ),
  })
  .openapi("ProductionList");

export const TicketsSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        sitting: z.enum(sittingNames),
        ticketNo: z.number(),
        name: z.string(),
        status: z.enum(orderStatuses),
        payment: z.enum(["meal_card", "counter"]),
        payFen: Fen,
        delivery: z.boolean(),
      }),
    ),
  })
  .openapi("CounterTickets");

export const DeliveriesSchema = z
  .object({
    items: z.array(
      z.object({
        grid: z.string(),
        buildings: z.array(
          z.object({
            building: z.string(),
            orders: z.array(
              z.object({
                orderId: z.string(),
                sitting: z.enum(sittingNames),
                ticketNo: z.number(),
                status: z.enum(orderStatuses),
                name: z.string(),
                phone: z.string().nullable(),
                address: z.string().nullable(),
                grid: z.string().nullable(),
              }),
            ),
          }),
        ),
      }),
    ),
  })
  .openapi("DeliveryList");

export const WelfareAlertsSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        raisedAt: z.string(),
        grid: z.string().nullable(),
        name: z.string(),
        address: z.string().nullable(),
        phone: z.string().nullable(),
      }),
    ),
  })
  .openapi("WelfareAlerts");

export const MealCardSchema = z
  .object({
    balanceFen: Fen,
    entries: z.array(
      z.object({
        id: z.string(),
        amountFen: Fen,
        kind: z.string(),
        method: z.string(),
        note: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi("MealCard");
