import type { Context } from "hono";
import { acceptOffer, declineOffer } from "../booking/waitlist";
import { raiseStaffCall } from "../identity/staff-calls/raise-staff-call";
import { kioskAct } from "../identity/kiosk-session";
import type { AppEnv } from "../shared/context";
import { DomainError } from "../shared/errors";
import { keyed } from "../shared/idempotency";
import { createRouter } from "../shared/router";
import { listAmenities } from "./amenities";
import { bookShower, startShower } from "./book-shower";
import { joinShowerQueue } from "./join-shower-queue";
import { liveOccupancy } from "./live-occupancy";
import { passDoor } from "./pass-door";
import { registerCourierAtKiosk } from "./register-courier";
import { type Courier, showerBoard, showerBookingView } from "./showers";
import * as op from "./kiosk-operations";

/** The station's showers are for couriers; a resident's session cannot book one. */
function courier(c: Context<AppEnv>): Courier {
  const { holder } = c.var.kioskSession;
  if (holder.kind !== "courier") throw new DomainError("forbidden", "COURIERS_ONLY", "The station is for couriers");
  return { kind: "courier", id: holder.id };
}

export const stationKioskRoutes = createRouter()
  .openapi(op.passStationDoor, async (c) =>
    c.json(await passDoor(c.var.deps, { kiosk: c.var.kiosk, scan: c.req.valid("json") }), 200),
  )
  .openapi(op.registerCourier, async (c) => {
    const { idempotencyKey, ...rider } = c.req.valid("json");
    return c.json(
      await keyed(c, "registerCourier", { idempotencyKey, ...rider }, () =>
        registerCourierAtKiosk(c.var.deps, { kiosk: c.var.kiosk, ...rider }),
      ),
      201,
    );
  })
  .openapi(op.stationSos, async (c) => c.json(await raiseStaffCall(c.var.deps, c.var.kiosk, { sos: true }), 200))
  .openapi(op.stationAmenities, async (c) =>
    c.json({ amenities: await listAmenities(c.var.deps, { communityId: c.var.kiosk.communityId }) }, 200),
  )
  .openapi(op.stationKioskOccupancy, async (c) => {
    const { zones } = await liveOccupancy(c.var.deps, { communityId: c.var.kiosk.communityId });
    return c.json({ zones: zones.map(({ people: _, ...z }) => z) }, 200);
  })
  .openapi(op.stationShowers, async (c) =>
    c.json(await showerBoard(c.var.deps, { communityId: c.var.kiosk.communityId, holder: courier(c) }), 200),
  )
  .openapi(op.bookShower, async (c) => {
    const body = c.req.valid("json");
    return c.json(
      await keyed(c, "bookShower", body, (claimId) =>
        bookShower(c.var.deps, {
          kiosk: c.var.kiosk,
          holder: courier(c),
          showerId: body.showerId,
          startsAt: new Date(body.startsAt),
          idempotencyKey: claimId,
        }),
      ),
      200,
    );
  })
  .openapi(op.startShower, async (c) =>
    c.json(
      await startShower(c.var.deps, {
        kiosk: c.var.kiosk,
        holder: courier(c),
        bookingId: c.req.valid("param").bookingId,
      }),
      200,
    ),
  )
  .openapi(op.joinShowerQueue, async (c) =>
    c.json(
      await keyed(c, "joinShowerQueue", c.req.valid("json"), async (claimId) => {
        const entry = await joinShowerQueue(c.var.deps, {
          kiosk: c.var.kiosk,
          holder: courier(c),
          idempotencyKey: claimId,
        });
        return { id: entry.id, status: entry.status };
      }),
      200,
    ),
  )
  .openapi(op.acceptShowerOffer, async (c) => {
    const b = await acceptOffer(c.var.deps, { ...kioskAct(c), holder: courier(c) });
    const board = await showerBoard(c.var.deps, { communityId: c.var.kiosk.communityId });
    return c.json(showerBookingView(b, board.cleaningMinutes), 200);
  })
  .openapi(op.declineShowerOffer, async (c) =>
    c.json(await declineOffer(c.var.deps, { ...kioskAct(c), holder: courier(c) }), 200),
  );
