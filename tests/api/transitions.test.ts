import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openKioskSession } from "../../api/identity/kiosk-session";
import { makeCanteen, makeCommunity, makeKiosk, makeResident, topUpCard } from "../support/factories";
import { call, createTestApp, type TestApp } from "../support/test-app";
import { signedInStaff } from "../support/signed-in";

const MORNING = "2026-11-23T01:00:00Z"; // 09:00 Shanghai, before the 10:00 cut-off
let t: TestApp;
beforeAll(async () => (t = await createTestApp(MORNING)));
afterAll(() => t.cleanup());
beforeEach(() => t.clock.set(MORNING));

async function canteen(lunchCapacity = 100) {
  const community = await makeCommunity(t.db);
  await makeCanteen(t.db, community, { lunchCapacity });
  const kiosk = await makeKiosk(t.db, community);
  const { cookie } = await signedInStaff(t, community, "canteen_staff");
  const base = `/api/communities/${community.id}`;
  const diner = async (fen = 5000) => {
    const person = await makeResident(t.db, community.id, { birthDate: "1980-01-01" });
    await topUpCard(t.db, community.id, person.id, fen);
    const { token } = await openKioskSession(t, { kiosk, holder: { kind: "resident", id: person.id }, method: "qr" });
    const headers = { authorization: `Bearer ${kiosk.token}`, "x-kiosk-session": token };
    return { person, headers };
  };
  const order = (headers: Record<string, string>) =>
    call(t, "POST", "/api/kiosk/canteen/orders", {
      headers,
      body: { sitting: "lunch", payment: "meal_card", idempotencyKey: crypto.randomUUID() },
    });
  const cancel = (headers: Record<string, string>, orderId: string) =>
    call(t, "POST", `/api/kiosk/canteen/orders/${orderId}/cancel`, { headers });
  const mark = (orderId: string, outcome = "served") =>
    call(t, "POST", `${base}/canteen/orders/${orderId}/mark`, { cookie, body: { outcome } });
  const balance = async (residentId: string) =>
    (await call(t, "GET", `${base}/meal-cards/${residentId}`, { cookie })).json.balanceFen as number;
  return { diner, order, cancel, mark, balance };
}

describe("an order's status changes only along its allowed transitions", () => {
  it("refuses to cancel a meal already served, and keeps both the payment and the place", async () => {
    const c = await canteen(1);
    const { person, headers } = await c.diner();
    const placed = await c.order(headers);
    expect(placed.status).toBe(200);
    expect((await c.mark(placed.json.id)).status).toBe(200);
    const cancelled = await c.cancel(headers, placed.json.id);
    expect(cancelled.status).toBe(409);
    expect(await c.balance(person.id)).toBe(5000 - placed.json.payFen);
    const next = await c.diner();
    const refused = await c.order(next.headers);
    expect(refused.json.error?.code).toBe("FULL"); // the one place is still the served diner's
  });

  it("never ends an order served and refunded when a cancel races the counter, over 30 races", async () => {
    const c = await canteen();
    const diners = await Promise.all(Array.from({ length: 30 }, () => c.diner()));
    const orders = await Promise.all(diners.map((d) => c.order(d.headers)));
    const races = await Promise.all(
      diners.map(async (d, i) => {
        const id = orders[i]!.json.id as string;
        const [cancelled, served] = await Promise.all([c.cancel(d.headers, id), c.mark(id)]);
        return { cancelled, served, payFen: orders[i]!.json.payFen as number, residentId: d.person.id };
      }),
    );
    for (const r of races) {
      expect([r.cancelled.status, r.served.status].filter((s) => s === 200)).toHaveLength(1);
      const expected = r.cancelled.status === 200 ? 5000 : 5000 - r.payFen;
      expect(await c.balance(r.residentId)).toBe(expected);
    }
  });

  it("marks a ticket once: a second mark of a served ticket is a conflict, not a second audit line", async () => {
    const c = await canteen();
    const { headers } = await c.diner();
    const placed = await c.order(headers);
    expect((await c.mark(placed.json.id)).status).toBe(200);
    const again = await c.mark(placed.json.id);
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("ORDER_NOT_OPEN");
  });
});
