import { z } from "@hono/zod-openapi";
import { facilityKinds, orderStatuses, personKinds, sittingNames } from "../../db/schema";

const Iso = z.string();
/** Where a booking or an offer is, for whom (a child's name in the baby room, else null) and when. */
const Placed = {
  facilityKind: z.enum(facilityKinds),
  place: z.string(),
  forName: z.string().nullable(),
  startsAt: Iso,
  endsAt: Iso,
};

export const KioskHomeSchema = z
  .object({
    person: z.object({ kind: z.enum(personKinds), name: z.string() }),
    // The community's date now, by the server's clock: what the screen calls 今天.
    today: z.string(),
    // Null where the person has no card here (a courier, a community without a canteen).
    mealCard: z.object({ balanceFen: z.number().int() }).nullable(),
    orders: z.array(
      z.object({
        id: z.string(),
        serviceDate: z.string(),
        sitting: z.enum(sittingNames),
        ticketNo: z.number().int(),
        payFen: z.number().int(),
        payment: z.enum(["meal_card", "counter"]),
        delivery: z.boolean(),
        status: z.enum(orderStatuses),
        // Before the sitting's cut-off and not yet served: POST /api/kiosk/canteen/orders/{id}/cancel.
        cancellable: z.boolean(),
      }),
    ),
    bookings: z.array(z.object({ id: z.string(), status: z.enum(["confirmed", "checked_in"]), ...Placed })),
    // A place held from a waitlist until expiresAt: the facility's accept call takes it.
    offers: z.array(z.object({ bookingId: z.string(), expiresAt: Iso, ...Placed })),
  })
  .openapi("KioskHome");
