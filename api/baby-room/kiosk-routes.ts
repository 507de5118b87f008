import type { Context } from "hono";
import { kioskAct, sessionResident } from "../identity/kiosk-session";
import type { AppEnv } from "../shared/context";
import { keyed } from "../shared/idempotency";
import { createRouter } from "../shared/router";
import { acceptSessionOffer, declineSessionOffer, leaveSessionWaitlist } from "./answer-offer";
import { bookSession } from "./book-session";
import { cancelSession } from "./cancel-session";
import { checkInChild } from "./check-in-child";
import { checkOutChild, pickUpWithCode } from "./check-out-child";
import { createPickupCode, redrawPickupCode } from "./create-pickup-code";
import { babyBookingView, findBabyBooking } from "./find-baby-booking";
import { joinSessionWaitlist, waitlistView } from "./join-waitlist";
import { kioskOverview } from "./kiosk-overview";
import * as op from "./kiosk-operations";

/** Guardians are residents with passes; a courier's session has no children here. */
const guardian = (c: Context<AppEnv>) => sessionResident(c, "The baby room is for children's guardians").id;

export const babyRoomKioskRoutes = createRouter()
  .openapi(op.getBabyRoomOverview, async (c) =>
    c.json(await kioskOverview(c.var.deps, { kiosk: c.var.kiosk, guardianId: guardian(c) }), 200),
  )
  .openapi(op.bookBabySession, async (c) => {
    const { communityId } = c.var.kiosk;
    const body = c.req.valid("json");
    return c.json(
      await keyed(c, "bookBabySession", body, async (claimId) => {
        const booking = await bookSession(c.var.deps, {
          communityId,
          ...body,
          guardianId: guardian(c),
          idempotencyKey: claimId,
        });
        return babyBookingView(await findBabyBooking(c.var.deps, { communityId, bookingId: booking.id }));
      }),
      200,
    );
  })
  .openapi(op.cancelBabySession, async (c) => {
    const done = await cancelSession(c.var.deps, { ...kioskAct(c), guardianId: guardian(c) });
    return c.json(babyBookingView(done, done.refunded), 200);
  })
  .openapi(op.checkInChild, async (c) => {
    const { temperature, symptoms } = c.req.valid("json");
    const done = await checkInChild(c.var.deps, {
      kiosk: c.var.kiosk,
      bookingId: c.req.valid("param").bookingId,
      guardianId: guardian(c),
      answers: { temperatureTenths: Math.round(temperature * 10), symptoms },
    });
    return c.json(babyBookingView(done), 200);
  })
  .openapi(op.checkOutChild, async (c) => {
    const done = await checkOutChild(c.var.deps, {
      kiosk: c.var.kiosk,
      bookingId: c.req.valid("param").bookingId,
      by: { kind: "pass", residentId: c.var.kioskSession.holder.id },
    });
    return c.json(babyBookingView(done), 200);
  })
  .openapi(op.createPickupCode, async (c) => {
    const { communityId } = c.var.kiosk;
    const body = c.req.valid("json");
    // The idempotency table stores the answer without the code (only its hash is kept anywhere);
    // a replay, or a copy that lost the race for the row, is shown a fresh code for that same row.
    let drawn: string | null = null;
    const row = await keyed(c, "createPickupCode", body, async (claimId) => {
      const made = await createPickupCode(c.var.deps, {
        communityId,
        childId: body.childId,
        personName: body.personName,
        guardianId: guardian(c),
        idempotencyKey: claimId,
      });
      drawn = made.code;
      return made.row;
    });
    const code = drawn ?? (await redrawPickupCode(c.var.deps, { communityId, id: row.id }));
    return c.json({ ...row, code }, 201);
  })
  .openapi(op.pickUpWithCode, async (c) =>
    c.json(
      babyBookingView(await pickUpWithCode(c.var.deps, { kiosk: c.var.kiosk, code: c.req.valid("json").code })),
      200,
    ),
  )
  .openapi(op.joinBabySessionWaitlist, async (c) => {
    const body = c.req.valid("json");
    return c.json(
      await keyed(c, "joinBabySessionWaitlist", body, (claimId) =>
        joinSessionWaitlist(c.var.deps, {
          communityId: c.var.kiosk.communityId,
          ...body,
          guardianId: guardian(c),
          idempotencyKey: claimId,
        }),
      ),
      200,
    );
  })
  .openapi(op.leaveBabySessionWaitlist, async (c) =>
    c.json(waitlistView(await leaveSessionWaitlist(c.var.deps, { ...kioskAct(c), guardianId: guardian(c) })), 200),
  )
  .openapi(op.acceptBabySessionOffer, async (c) =>
    c.json(
      babyBookingView(
        await acceptSessionOffer(c.var.deps, { ...kioskAct(c), guardianId: guardian(c), ...c.req.valid("json") }),
      ),
      200,
    ),
  )
  .openapi(op.declineBabySessionOffer, async (c) =>
    c.json(await declineSessionOffer(c.var.deps, { ...kioskAct(c), guardianId: guardian(c) }), 200),
  );
