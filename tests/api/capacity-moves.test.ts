import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { canteenToday } from "../../api/canteen/canteen-today";
import { orderMeal } from "../../api/canteen/order-meal";
import { raisedCode } from "../../api/shared/db-errors";
import * as t from "../../db/schema";
import { makeCanteen, makeCommunity, makeResident, makeStaff, topUpCard } from "../support/factories";
import { call, createTestApp, signInAs, type TestApp } from "../support/test-app";

// 08:00 on Monday 23 November in Shanghai; residents order up to three days ahead.
const MONDAY = "2026-11-23T00:00:00Z";

let app: TestApp;
let community: Awaited<ReturnType<typeof makeCommunity>>;
let lunch: string;
let dinner: string;
let cook: string;
let cookSignIn: [string, string];
/** The clock at a time, and the canteen staff signed in afresh (a session lapses when idle). */
async function at(instant: string) {
  app.clock.set(instant);
  cook = await signInAs(app, ...cookSignIn);
}

beforeAll(async () => {
  app = await createTestApp(MONDAY);
  community = await makeCommunity(app.db);
  lunch = (await makeCanteen(app.db, community, { lunchCapacity: 10 })).sitting.id;
  dinner = crypto.randomUUID();
  await app.db.insert(t.resources).values({
    id: dinner,
    communityId: community.id,
    facilityId: community.facilityId,
    kind: "sitting",
    label: "dinner",
    capacity: 10,
    attributes: { start: "17:00", end: "18:30", orderCutoff: "16:00" },
    createdAt: new Date(MONDAY),
  });
  const s = await makeStaff(app.db, community, "canteen_staff");
  cookSignIn = [s.username, s.password];
});
afterAll(() => app.cleanup());
beforeEach(() => at(MONDAY));

const dates = () => `/api/communities/${community.id}/facilities/${community.facilityId}/capacity/dates`;
const deps = () => ({ db: app.db, clock: app.clock, config: app.config });
const order = (residentId: string, serviceDate: string, sitting: "lunch" | "dinner" = "lunch") =>
  orderMeal(deps(), {
    communityId: community.id,
    residentId,
    orderedById: residentId,
    sitting,
    serviceDate,
    payment: "meal_card",
    delivery: false,
    idempotencyKey: crypto.randomUUID(),
    identifiedBy: "staff",
  });
async function ordersFor(date: string, n: number, sitting: "lunch" | "dinner" = "lunch") {
  const placed = [];
  for (let i = 0; i < n; i++) {
    const p = await makeResident(app.db, community.id, { birthDate: "1950-01-01" });
    await topUpCard(app.db, community.id, p.id, 5000);
    placed.push({ resident: p, order: await order(p.id, date, sitting) });
  }
  return placed;
}
const change = (body: Record<string, unknown>) => call(app, "PUT", dates(), { cookie: cook, body });
const seenIn = (asked: { json: { error: { details: { affected: { bookingId: string }[] } } } }) =>
  asked.json.error.details.affected.map((a) => a.bookingId);
const orderRow = async (id: string) => (await app.db.select().from(t.mealOrders).where(eq(t.mealOrders.id, id)))[0]!;
const bookingRow = async (id: string) => (await app.db.select().from(t.bookings).where(eq(t.bookings.id, id)))[0]!;
const balanceOf = async (residentId: string) =>
  (await app.db.select().from(t.mealCardEntries).where(eq(t.mealCardEntries.residentId, residentId))).reduce(
    (sum, e) => sum + e.amountFen,
    0,
  );
/** The claim tally by service date, and the same figures summed from the orders' own subsidies. */
async function tallyAgainstOrders() {
  const tally = await app.db.all<{ d: string; meals: number; fen: number }>(sql`
    SELECT service_date AS d, sum(meals) AS meals, sum(amount_fen) AS fen FROM fund_claim_tally
    WHERE fund_id IN (SELECT id FROM funds WHERE community_id = ${community.id}) GROUP BY service_date HAVING sum(meals) > 0 ORDER BY d`);
  const orders = await app.db.all<{ d: string; meals: number; fen: number }>(sql`
    SELECT o.service_date AS d, count(DISTINCT o.id || s.fund_id) AS meals, sum(s.amount_fen) AS fen
    FROM order_subsidies s JOIN meal_orders o ON o.id = s.order_id
    WHERE o.community_id = ${community.id} AND o.status <> 'cancelled' GROUP BY o.service_date ORDER BY d`);
  return { tally: tally.map((r) => ({ ...r, meals: Number(r.meals), fen: Number(r.fen) })), orders };
}

describe("moving meal orders beyond a lowered sitting", () => {
  it("moves the last order to dinner the same day: the price paid stays, it gets a dinner ticket, and her kiosk shows it", async () => {
    const placed = await ordersFor("2026-11-24", 3);
    const last = placed[2]!;
    const body = { resourceId: lunch, date: "2026-11-24", capacity: 2, reason: "厨师请假" };
    const asked = await change(body);
    expect(asked.json.error.code).toBe("BELOW_BOOKED");
    const moved = await change({ ...body, choice: "move", moveToResourceId: dinner, seen: seenIn(asked) });
    expect(moved.status).toBe(200);
    expect(moved.json).toMatchObject({ choice: "move", moved: 1, kept: 0, cancelled: 0, mealCardRefundedFen: 0 });

    const row = await orderRow(last.order.id);
    expect(row).toMatchObject({
      sitting: "dinner",
      serviceDate: "2026-11-24",
      status: "placed",
      payFen: last.order.payFen,
      listPriceFen: last.order.listPriceFen,
      ticketNo: 1,
    });
    expect(await bookingRow(row.bookingId)).toMatchObject({
      resourceId: dinner,
      status: "confirmed",
      startsAt: new Date("2026-11-24T17:00:00+08:00"),
      notice: { kind: "moved", fromLabel: "lunch", fromDate: "2026-11-24" },
    });
    expect(await balanceOf(last.resident.id)).toBe(5000 - last.order.payFen);
    const kiosk = await canteenToday(deps(), {
      communityId: community.id,
      residentId: last.resident.id,
      date: "2026-11-24",
    });
    expect(kiosk.diners[0]!.orders).toEqual([
      expect.objectContaining({ sitting: "dinner", movedFrom: { sitting: "lunch", date: "2026-11-24" } }),
    ]);
    const check = await tallyAgainstOrders();
    expect(check.tally).toEqual(check.orders);
    const [audit] = await app.db
      .select()
      .from(t.auditLog)
      .where(eq(t.auditLog.action, "canteen.set_capacity_for_date"));
    expect(audit!.after).toMatchObject({ choice: "move", moveTo: "dinner", affected: [{ bookingId: row.bookingId }] });
  });

  it("moves orders to the same sitting on a later date of the month, with the claim tally following the meal", async () => {
    const placed = await ordersFor("2026-11-25", 2);
    const body = { resourceId: lunch, date: "2026-11-25", capacity: 1, reason: "停水" };
    const asked = await change(body);
    const decide = (extra: object) => change({ ...body, choice: "move", seen: seenIn(asked), ...extra });
    expect((await decide({ moveToResourceId: lunch })).json.error.code).toBe("MOVE_NOT_POSSIBLE");
    expect((await decide({ moveToResourceId: lunch, moveToDate: "2026-12-01" })).json.error.code).toBe(
      "MOVE_NOT_POSSIBLE",
    );
    // Today's lunch has begun by 11:30.
    await at("2026-11-23T03:30:00Z");
    expect((await decide({ moveToResourceId: lunch, moveToDate: "2026-11-23" })).json.error.code).toBe(
      "MOVE_NOT_POSSIBLE",
    );
    await at(MONDAY);
    const moved = await decide({ moveToResourceId: lunch, moveToDate: "2026-11-27" });
    expect(moved.json).toMatchObject({ moved: 1 });
    expect(await orderRow(placed[1]!.order.id)).toMatchObject({
      sitting: "lunch",
      serviceDate: "2026-11-27",
      payFen: placed[1]!.order.payFen,
    });
    expect(await orderRow(placed[0]!.order.id)).toMatchObject({ serviceDate: "2026-11-25" });
    const check = await tallyAgainstOrders();
    expect(check.tally).toEqual(check.orders);
    expect(check.tally.map((r) => r.d)).toContain("2026-11-27");
  });

  it("keeps an order's amounts fixed, and its sitting and date unless its booking was moved", async () => {
    const placed = (await ordersFor("2026-11-24", 1, "dinner"))[0]!.order;
    const refusal = (update: ReturnType<typeof sql>) =>
      app.db.run(update).then(
        () => "written",
        (err) => raisedCode(err, ["ORDER_AMOUNTS_FIXED"]),
      );
    expect(await refusal(sql`UPDATE meal_orders SET sitting = 'lunch' WHERE id = ${placed.id}`)).toBe(
      "ORDER_AMOUNTS_FIXED",
    );
    expect(await refusal(sql`UPDATE meal_orders SET service_date = '2026-11-25' WHERE id = ${placed.id}`)).toBe(
      "ORDER_AMOUNTS_FIXED",
    );
    expect(await refusal(sql`UPDATE meal_orders SET pay_fen = 1 WHERE id = ${placed.id}`)).toBe("ORDER_AMOUNTS_FIXED");
  });

  it("refuses a move into a sitting without room for all of them, and changes nothing", async () => {
    const placed = await ordersFor("2026-11-26", 3);
    expect((await change({ resourceId: dinner, date: "2026-11-26", capacity: 1, reason: "人手少" })).status).toBe(200);
    const body = { resourceId: lunch, date: "2026-11-26", capacity: 1, reason: "停电" };
    const asked = await change(body);
    const refused = await change({ ...body, choice: "move", moveToResourceId: dinner, seen: seenIn(asked) });
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe("MOVE_TARGET_FULL");
    for (const p of placed) expect(await orderRow(p.order.id)).toMatchObject({ sitting: "lunch", status: "placed" });
    const [lunchOn] = await app.db.all<{ n: number }>(
      sql`SELECT count(*) AS n FROM capacity_changes WHERE resource_id = ${lunch} AND date = '2026-11-26'`,
    );
    expect(Number(lunchOn!.n)).toBe(0);
  });

  it("two moves racing for dinner's last place: one moves, the other is refused whole", async () => {
    await at("2026-11-26T00:00:00Z");
    const [a, b] = [await ordersFor("2026-11-28", 2), await ordersFor("2026-11-29", 2)];
    expect((await change({ resourceId: dinner, date: "2026-11-28", capacity: 1, reason: "人手少" })).status).toBe(200);
    const asks = await Promise.all(
      ["2026-11-28", "2026-11-29"].map(async (date) => {
        const body = { resourceId: lunch, date, capacity: 1, reason: "厨房维修" };
        return { body, seen: seenIn(await change(body)) };
      }),
    );
    const answers = await Promise.all(
      asks.map(({ body, seen }) =>
        change({ ...body, choice: "move", moveToResourceId: dinner, moveToDate: "2026-11-28", seen }),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.status === 409)!.json.error.code).toBe("MOVE_TARGET_FULL");
    const atDinner = await app.db.all<{ n: number }>(
      sql`SELECT count(*) AS n FROM meal_orders WHERE community_id = ${community.id} AND service_date = '2026-11-28' AND sitting = 'dinner' AND status = 'placed'`,
    );
    expect(Number(atDinner[0]!.n)).toBe(1);
    const lastOrders = [a[1]!, b[1]!];
    const stayed = [];
    for (const p of lastOrders) stayed.push((await orderRow(p.order.id)).sitting);
    expect(stayed.sort()).toEqual(["dinner", "lunch"]);
  });
});

describe("a booking that lands between the preview and the decision", () => {
  it("is not decided unseen: BELOW_BOOKED asks again with it, and the decision then covers it and holds later orders", async () => {
    const placed = await ordersFor("2026-11-25", 2, "dinner");
    const body = { resourceId: dinner, date: "2026-11-25", capacity: 1, reason: "厨师请假" };
    const asked = await change(body);
    expect(seenIn(asked)).toEqual([(await orderRow(placed[1]!.order.id)).bookingId]);
    // While the admin reads the list, one more resident orders dinner that day.
    const [late] = await ordersFor("2026-11-25", 1, "dinner");
    const stale = await change({ ...body, choice: "cancel", seen: seenIn(asked) });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe("BELOW_BOOKED");
    const lateBooking = (await orderRow(late!.order.id)).bookingId;
    expect(seenIn(stale)).toEqual([(await orderRow(placed[1]!.order.id)).bookingId, lateBooking]);
    // Nothing changed on the stale decision.
    expect((await bookingRow(lateBooking)).status).toBe("confirmed");
    const done = await change({ ...body, choice: "cancel", seen: seenIn(stale) });
    expect(done.json).toMatchObject({
      cancelled: 2,
      mealCardRefundedFen: placed[1]!.order.payFen + late!.order.payFen,
    });
    expect(await balanceOf(late!.resident.id)).toBe(5000);
    const p = await makeResident(app.db, community.id, { birthDate: "1950-01-01" });
    await topUpCard(app.db, community.id, p.id, 5000);
    await expect(order(p.id, "2026-11-25", "dinner")).rejects.toMatchObject({ code: "FULL" });
  });
});
