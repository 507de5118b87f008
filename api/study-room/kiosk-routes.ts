import type { Context } from "hono";
import { kioskAct, sessionResident } from "../identity/kiosk-session";
import { acceptOffer, cancelWaitlistEntry, declineOffer } from "../booking/waitlist";
import type { AppEnv } from "../shared/context";
import { keyed, keyedRequest, newClaim } from "../shared/idempotency";
import { createRouter } from "../shared/router";
import { bookSeat } from "./book-seat";
import { checkInSeat } from "./check-in-seat";
import { joinSeatWaitlist, seatWaitlistView } from "./join-waitlist";
import { leaveSeat } from "./leave-seat";
import { seatBookingView, type Resident } from "./my-seat-booking";
import { comeBack, stepOut } from "./step-out";
import { studyDay } from "./study-day";
import { walkIn } from "./walk-in";
import * as op from "./kiosk-operations";

/** Study seats are for residents; a courier's session cannot book one. */
const student = (c: Context<AppEnv>): Resident => sessionResident(c, "The study room is for residents");

export const studyRoomKioskRoutes = createRouter()
  .openapi(op.getStudyDay, async (c) =>
    c.json(await studyDay(c.var.deps, { kiosk: c.var.kiosk, holder: student(c), ...c.req.valid("query") }), 200),
  )
  .openapi(op.bookSeat, async (c) => {
    const body = c.req.valid("json");
    const { seatId, startsAt, endsAt } = body;
    // The key is claimed in the booking's own batch, with the answer a retry replays.
    const claim = await newClaim(c.var.deps, keyedRequest(c, "bookSeat", body));
    return c.json(
      await bookSeat(c.var.deps, {
        communityId: c.var.kiosk.communityId,
        seatId,
        holder: student(c),
        range: { startsAt, endsAt },
        claim,
      }),
      200,
    );
  })
  .openapi(op.walkInSeat, async (c) => {
    const body = c.req.valid("json");
    return c.json(
      await keyed(c, "walkInSeat", body, async (claimId) =>
        seatBookingView(
          await walkIn(c.var.deps, { kiosk: c.var.kiosk, holder: student(c), ...body, idempotencyKey: claimId }),
        ),
      ),
      200,
    );
  })
  .openapi(op.checkInSeat, async (c) =>
    c.json(
      seatBookingView(
        await checkInSeat(c.var.deps, { kiosk: c.var.kiosk, holder: student(c), ...c.req.valid("param") }),
      ),
      200,
    ),
  )
  .openapi(op.stepOutOfSeat, async (c) => {
    const { booking, backBy } = await stepOut(c.var.deps, {
      kiosk: c.var.kiosk,
      holder: student(c),
      ...c.req.valid("param"),
    });
    return c.json({ booking: seatBookingView(booking), backBy: backBy.toISOString() }, 200);
  })
  .openapi(op.comeBackToSeat, async (c) =>
    c.json(
      seatBookingView(await comeBack(c.var.deps, { kiosk: c.var.kiosk, holder: student(c), ...c.req.valid("param") })),
      200,
    ),
  )
  .openapi(op.leaveSeat, async (c) =>
    c.json(seatBookingView(await leaveSeat(c.var.deps, { ...kioskAct(c), holder: student(c) })), 200),
  )
  .openapi(op.acceptSeatOffer, async (c) =>
    c.json(seatBookingView(await acceptOffer(c.var.deps, { ...kioskAct(c), holder: student(c) })), 200),
  )
  .openapi(op.declineSeatOffer, async (c) =>
    c.json(await declineOffer(c.var.deps, { ...kioskAct(c), holder: student(c) }), 200),
  )
  .openapi(op.joinSeatWaitlist, async (c) => {
    const body = c.req.valid("json");
    const { startsAt, endsAt } = body;
    const entry = await keyed(c, "joinSeatWaitlist", body, async (claimId) => {
      const row = await joinSeatWaitlist(c.var.deps, {
        communityId: c.var.kiosk.communityId,
        holder: student(c),
        range: { startsAt, endsAt },
        idempotencyKey: claimId,
      });
      return seatWaitlistView(row);
    });
    return c.json(entry, 200);
  })
  .openapi(op.leaveSeatWaitlist, async (c) => {
    const entry = await cancelWaitlistEntry(c.var.deps, { ...kioskAct(c), holder: student(c) });
    return c.json(seatWaitlistView(entry), 200);
  });
