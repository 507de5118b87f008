import { z } from "@hono/zod-openapi";
import { requireKiosk } from "./kiosk-guard";
import { requireKioskSession } from "./kiosk-session";

// What every route a person uses at a kiosk shares, for each area's operation definitions: the
// device's bearer token and the person's session header, both checked before the handler.
export const security = [{ kioskToken: [] }];
export const headers = z.object({ "x-kiosk-session": z.string().min(1) });
export const inKioskSession = [requireKiosk, requireKioskSession];

/** A booking's id in the path, for the acts on one's own booking. */
export const BookingParams = z.object({
  bookingId: z
    .string()
    .min(1)
    .openapi({ param: { name: "bookingId", in: "path" } }),
});
