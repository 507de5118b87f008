import { and, eq } from "drizzle-orm";
import { bookings, type WaitlistStatus } from "../../db/schema";
import { holdingDuring } from "../booking/holding";
import { joinWaitlist } from "../booking/waitlist";
import type { Deps } from "../shared/context";
import { DomainError } from "../shared/errors";
import { childInCare } from "./guardianship";
import { findSession } from "./list-sessions";
import { loadBabyRoom } from "./load-baby-room";
import { choosePayment } from "./pay-session";
import { refuseSession } from "./session-checks";

/**
 * A guardian puts a child in line for a full session: the engine's waitlist, for that session
 * only, so the duties offer that session's freed place and no other. Only a child who could book
 * it were a place free may wait (age, day, closure, the allowance or an agreed price); with a
 * place free, the guardian books instead.
 */
export async function joinSessionWaitlist(
  deps: Deps,
  {
    communityId,
    ...input
  }: { communityId: string } & {
    sessionId: string;
    childId: string;
    guardianId: string;
    priceFen?: number;
    idempotencyKey: string;
  },
) {
  const { db } = deps;
  const room = await loadBabyRoom({ db }, { communityId });
  const { child } = await childInCare({ db }, { communityId, childId: input.childId, residentId: input.guardianId });
  const session = await findSession({ db }, { communityId, sessionId: input.sessionId });
  const sessionDate = await refuseSession(deps, { room, session, child });
  await choosePayment(deps, { room, session, childId: child.id, sessionDate, agreedPriceFen: input.priceFen });
  if (session.taken < session.capacity)
    throw new DomainError("conflict", "PLACES_FREE", "This session has places free: book it");
  const [busy] = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(holdingDuring(room.facility.id, session), eq(bookings.holderKind, "child"), eq(bookings.holderId, child.id)),
    )
    .limit(1);
  // A child booked at that time could never be offered the place: the engine holds one a child.
  if (busy) throw new DomainError("conflict", "HOLDER_BUSY", "This child already has a booking at this time");
  const entry = await joinWaitlist(deps, {
    communityId,
    facilityId: room.facility.id,
    holder: { kind: "child", id: child.id },
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    resourceId: session.id,
    idempotencyKey: `baby-wait:${input.idempotencyKey}`,
  });
  return waitlistView(entry);
}

export const waitlistView = (e: {
  id: string;
  resourceId: string | null;
  holderId: string;
  status: WaitlistStatus;
  startsAt: Date;
  endsAt: Date;
}) => ({
  id: e.id,
  sessionId: e.resourceId ?? "",
  childId: e.holderId,
  status: e.status,
  startsAt: e.startsAt.toISOString(),
  endsAt: e.endsAt.toISOString(),
});
