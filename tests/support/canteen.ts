import { eq } from "drizzle-orm";
import { orderMeal, type OrderMealInput } from "../../api/canteen/order-meal";
import { mealCardEntries } from "../../db/schema";
import { makeCanteen, makeKiosk, makeResident, topUpCard } from "./factories";
import type { KioskHeaders } from "./kiosk-sessions";
import { communityWithAdmin, signedInStaff } from "./signed-in";
import { call, type TestApp } from "./test-app";

/**
 * A fresh app with a community's canteen (`opts` as for makeCanteen) and its kiosk, the admin and
 * a cook signed in (their cookies).
 */
export async function canteenScene(start: string, opts: Parameters<typeof makeCanteen>[2] = {}) {
  const { t, community, cookie: admin } = await communityWithAdmin(start);
  const canteen = await makeCanteen(t.db, community, opts);
  const kiosk = await makeKiosk(t.db, community);
  const { cookie: cook } = await signedInStaff(t, community, "canteen_staff");
  return { t, community, canteen, kiosk, admin, cook };
}

/** A lunch order from the meal card at the kiosk, with a fresh idempotency key unless the body names one. */
export const orderLunch = (
  t: TestApp,
  headers: KioskHeaders | Record<string, string>,
  body: Record<string, unknown> = {},
) =>
  call(t, "POST", "/api/kiosk/canteen/orders", {
    headers,
    body: { sitting: "lunch", payment: "meal_card", idempotencyKey: crypto.randomUUID(), ...body },
  });

/** A resident's own lunch today, paid by meal card and taken by staff, with a fresh key: orderMeal's input. */
export const lunchInput = (
  communityId: string,
  residentId: string,
  extra: Partial<OrderMealInput> = {},
): OrderMealInput => ({
  communityId,
  residentId,
  orderedById: residentId,
  sitting: "lunch",
  payment: "meal_card",
  delivery: false,
  idempotencyKey: crypto.randomUUID(),
  identifiedBy: "staff",
  ...extra,
});

/** The lunch of `lunchInput` placed straight through the verb (no HTTP), as the counter would. */
export const placeLunch = (t: TestApp, communityId: string, residentId: string, extra: Partial<OrderMealInput> = {}) =>
  orderMeal(t, lunchInput(communityId, residentId, extra));

/** What is on the resident's meal card: the sum of its ledger. */
export async function cardBalance(t: TestApp, residentId: string) {
  const entries = await t.db.select().from(mealCardEntries).where(eq(mealCardEntries.residentId, residentId));
  return entries.reduce((sum, e) => sum + e.amountFen, 0);
}

/** A diner of 76 with ¥50 on her meal card (enough for a few lunches). */
export async function makeDiner(t: TestApp, communityId: string) {
  const diner = await makeResident(t.db, communityId, { birthDate: "1950-01-01" });
  await topUpCard(t.db, communityId, diner.id, 5000);
  return diner;
}
