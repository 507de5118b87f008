import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { mealOrders, orderTransitions, residents, welfareAlerts } from "../../db/schema";
import { insertIf } from "../../db/insert-rows";
import { sourcesOf } from "../../db/schema/columns";
import { auditInsert, auditInsertIf } from "../staff/audit";
import type { Deps, StaffPrincipal } from "../shared/context";
import { dayOrders } from "./day-orders";
import { DomainError } from "../shared/errors";
import { type ServiceDay, serviceDateOf } from "./admin/dates";
import { newId } from "../shared/crypto";

/** The building part of an address ("2栋3单元502" → "2栋"), for the round's order. */
export const buildingOf = (address: string | null) => address?.match(/^\d+栋/)?.[0] ?? "";

/** Today's deliveries, grouped by grid and then building, as the delivery round walks them. */
export async function deliveryList(deps: Pick<Deps, "db" | "clock">, { day }: { day: ServiceDay }) {
  const { communityId } = day;
  const serviceDate = await serviceDateOf(deps, day);
  const rows = await dayOrders(
    deps.db
      .select({
        orderId: mealOrders.id,
        sitting: mealOrders.sitting,
        ticketNo: mealOrders.ticketNo,
        status: mealOrders.status,
        name: residents.name,
        phone: residents.phone,
        address: mealOrders.deliveryAddress,
        grid: mealOrders.deliveryGrid,
      })
      .from(mealOrders)
      .$dynamic(),
    { communityId, serviceDate, also: eq(mealOrders.delivery, true) },
  ).orderBy(asc(mealOrders.deliveryGrid), asc(mealOrders.deliveryAddress));
  const grids = new Map<string, Map<string, typeof rows>>();
  for (const row of rows) {
    const grid = grids.get(row.grid ?? "") ?? new Map<string, typeof rows>();
    grid.set(buildingOf(row.address), [...(grid.get(buildingOf(row.address)) ?? []), row]);
    grids.set(row.grid ?? "", grid);
  }
  return [...grids].map(([grid, buildings]) => ({
    grid,
    buildings: [...buildings].map(([building, orders]) => ({ building, orders })),
  }));
}

export type OrderOutcome = "served" | "delivered" | "no_answer";

/**
 * Marks a ticket served or a delivery done. "No answer" at the door raises a welfare alert for
 * the grid worker in the same batch; it stays on the admin panel until someone resolves it.
 */
export async function markOrder(
  deps: Deps,
  {
    actor,
    communityId,
    orderId,
    outcome,
  }: { actor: StaffPrincipal; communityId: string; orderId: string; outcome: OrderOutcome },
) {
  const { db, clock } = deps;
  const [order] = await db
    .select()
    .from(mealOrders)
    .where(and(eq(mealOrders.id, orderId), eq(mealOrders.communityId, communityId)))
    .limit(1);
  if (!order || order.status === "cancelled") throw new DomainError("not_found", "NOT_FOUND", "Order not found");
  if ((outcome === "served") === order.delivery)
    throw new DomainError(
      "unprocessable",
      "WRONG_OUTCOME",
      "Dine-in tickets are served; deliveries are delivered or not answered",
    );
  const now = clock.now();
  const from = sourcesOf(orderTransitions, outcome);
  const notOpen = (status = order.status) =>
    new DomainError("conflict", "ORDER_NOT_OPEN", `This order is ${status} and cannot be marked ${outcome}`);
  if (!from.includes(order.status)) throw notOpen(); // explains; the guarded UPDATE below decides
  // The alert and the audit line exist only if this statement made the change: a racing cancel
  // leaves the order cancelled, refunded and unmarked, never "served and refunded".
  const changed = sql`EXISTS (SELECT 1 FROM meal_orders WHERE id = ${orderId} AND status = ${outcome} AND updated_at = ${now.getTime()})`;
  await db.batch([
    db
      .update(mealOrders)
      .set({ status: outcome, updatedAt: now })
      .where(and(eq(mealOrders.id, orderId), inArray(mealOrders.status, from))),
    ...(outcome === "no_answer"
      ? [
          insertIf(
            db,
            welfareAlerts,
            {
              id: newId(),
              communityId,
              orderId,
              residentId: order.residentId,
              grid: order.deliveryGrid,
              raisedAt: now,
            },
            changed,
          ).onConflictDoNothing(),
        ]
      : []),
    auditInsertIf(deps, {
      actor,
      communityId,
      action: `meal_order.${outcome}`,
      entity: "meal_order",
      entityId: orderId,
      before: { status: order.status },
      after: { status: outcome },
      condition: changed,
    }),
  ]);
  const [after] = await db
    .select({ status: mealOrders.status, updatedAt: mealOrders.updatedAt })
    .from(mealOrders)
    .where(eq(mealOrders.id, orderId));
  if (after?.status !== outcome || after.updatedAt.getTime() !== now.getTime()) throw notOpen(after?.status);
  return { orderId, status: outcome };
}

export async function openWelfareAlerts({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
  const rows = await db
    .select({
      id: welfareAlerts.id,
      raisedAt: welfareAlerts.raisedAt,
      grid: welfareAlerts.grid,
      name: residents.name,
      address: residents.address,
      phone: residents.phone,
    })
    .from(welfareAlerts)
    .innerJoin(residents, eq(residents.id, welfareAlerts.residentId))
    .where(and(eq(welfareAlerts.communityId, communityId), isNull(welfareAlerts.resolvedAt)))
    .orderBy(asc(welfareAlerts.raisedAt));
  return rows.map((r) => ({ ...r, raisedAt: r.raisedAt.toISOString() }));
}

export async function resolveWelfareAlert(
  deps: Deps,
  { actor, communityId, alertId, note }: { actor: StaffPrincipal; communityId: string; alertId: string; note: string },
) {
  const { db, clock } = deps;
  const [open] = await db
    .select({ id: welfareAlerts.id })
    .from(welfareAlerts)
    .where(
      and(eq(welfareAlerts.id, alertId), eq(welfareAlerts.communityId, communityId), isNull(welfareAlerts.resolvedAt)),
    )
    .limit(1);
  if (!open) throw new DomainError("conflict", "ALERT_NOT_OPEN", "This alert is already resolved");
  await db.batch([
    db
      .update(welfareAlerts)
      .set({ resolvedAt: clock.now(), resolvedBy: actor.id, note })
      .where(eq(welfareAlerts.id, alertId)),
    auditInsert(deps, {
      actor,
      communityId,
      action: "welfare_alert.resolve",
      entity: "welfare_alert",
      entityId: alertId,
      after: { note },
    }),
  ]);
  return { id: alertId, resolved: true as const };
}
