import { makeCanteen, makeKiosk } from "./factories";
import type { KioskHeaders } from "./kiosk-sessions";
import { communityWithAdmin, signedInStaff } from "./signed-in";
import { call, type TestApp } from "./test-app";

/** A fresh app with a community's canteen and its kiosk, the admin and a cook signed in (their cookies). */
export async function canteenScene(start: string) {
  const { t, community, cookie: admin } = await communityWithAdmin(start);
  await makeCanteen(t.db, community);
  const kiosk = await makeKiosk(t.db, community);
  const { cookie: cook } = await signedInStaff(t, community, "canteen_staff");
  return { t, community, kiosk, admin, cook };
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
