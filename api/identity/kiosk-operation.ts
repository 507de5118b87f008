import { z } from "@hono/zod-openapi";
import { errors, jsonContent } from "../shared/router";
import { requireKiosk } from "./kiosk-guard";
import { requireKioskSession } from "./kiosk-session";

// What every route a person uses at a kiosk shares, for each area's operation definitions: the
// device's bearer token and the person's session header, both checked before the handler.
export const security = [{ kioskToken: [] }];
export const headers = z.object({ "x-kiosk-session": z.string().min(1) });
export const inKioskSession = [requireKiosk, requireKioskSession];

/** Spread into a route a person uses in their kiosk session: the device token and the session header are checked first. */
export const inSession = { middleware: inKioskSession, security };

const idParam = <N extends string>(name: N) =>
  z.object({
    [name]: z
      .string()
      .min(1)
      .openapi({ param: { name, in: "path" } }),
  } as Record<N, z.ZodString>);

/** A booking's id in the path, for the acts on one's own booking. */
export const BookingParams = idParam("bookingId");
/** A waitlist entry's id in the path, for leaving the line. */
export const EntryParams = idParam("entryId");

/** What an act on one's own booking or place in line can answer besides success. */
export const bookingErrors = errors(401, 403, 404, 409, 422);

/** The answer to declining an offered place: it goes to the next in line. */
export const Declined = jsonContent(z.object({ bookingId: z.string(), declined: z.literal(true) }), "Declined");

/** The answer to the call-staff button (SOS at the station): the call now open. */
export const OpenCall = jsonContent(z.object({ callId: z.string(), raisedAt: z.string() }), "The open call");

/** Spread into a route the kiosk device calls on its own, with no person's session: its token is checked first. */
export const byDevice = { middleware: [requireKiosk], security };
