import { and, eq, gt, isNull } from "drizzle-orm";
import { bookingBans } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { findInCommunity } from "../../shared/find-in-community";
import { DomainError } from "../../shared/errors";
import { zonedInstant } from "../../shared/time";
import { loadStudyRoom } from "../load-study-room";

const findBan = (deps: Deps, communityId: string, banId: string) =>
  findInCommunity(deps, bookingBans, { id: banId, communityId }, "Ban");

const notInForce = () => new DomainError("conflict", "BAN_NOT_IN_FORCE", "This ban has ended or was lifted");

/** Lift a ban early (a student explained a hospital visit): kept as evidence with who and why. */
export async function liftBan(
  deps: Deps,
  { actor, communityId, banId, reason }: { actor: StaffPrincipal; communityId: string; banId: string; reason: string },
) {
  const { db, clock } = deps;
  const before = await findBan(deps, communityId, banId);
  const now = clock.now();
  if (before.liftedAt || before.endsAt <= now) throw notInForce();
  const [[row]] = await db.batch([
    db
      .update(bookingBans)
      .set({ liftedAt: now })
      .where(and(eq(bookingBans.id, banId), isNull(bookingBans.liftedAt), gt(bookingBans.endsAt, now)))
      .returning(),
    auditInsert(deps, {
      actor,
      communityId,
      action: "study_room.lift_ban",
      entity: "booking_ban",
      entityId: banId,
      before,
      after: { reason },
    }),
  ]);
  return row ?? { ...before, liftedAt: now };
}

/** Extend a ban to the end of a local date, with the reason on record. */
export async function extendBan(
  deps: Deps,
  {
    actor,
    communityId,
    banId,
    until,
    reason,
  }: { actor: StaffPrincipal; communityId: string; banId: string; until: string; reason: string },
) {
  const { db, clock } = deps;
  const before = await findBan(deps, communityId, banId);
  const room = await loadStudyRoom({ db, clock }, { communityId });
  const endsAt = zonedInstant(until, "23:59", room.timeZone);
  if (before.liftedAt || before.endsAt <= clock.now()) throw notInForce();
  if (endsAt <= before.endsAt)
    throw new DomainError("unprocessable", "NOT_LATER", "The new end must be later than the current one");
  const [[row]] = await db.batch([
    db
      .update(bookingBans)
      .set({ endsAt })
      .where(and(eq(bookingBans.id, banId), isNull(bookingBans.liftedAt)))
      .returning(),
    auditInsert(deps, {
      actor,
      communityId,
      action: "study_room.extend_ban",
      entity: "booking_ban",
      entityId: banId,
      before,
      after: { until, reason, endsAt },
    }),
  ]);
  return row!;
}
