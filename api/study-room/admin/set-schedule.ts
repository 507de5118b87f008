import { eq } from "drizzle-orm";
import { bookingPolicies, facilityClosures } from "../../../db/schema";
import { setCapacityWeek } from "../../booking/admin/set-capacity-week";
import { wholeFacility } from "../../booking/whole-facility";
import { addFacilityClosure } from "../../booking/admin/add-closure";
import type { WeekdayHours } from "../../booking/schedule-rules";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { findInCommunity } from "../../shared/find-in-community";
import { notFound } from "../../shared/errors";
import { studyPolicyView } from "./study-room-setup";
import { loadStudyRoom } from "../load-study-room";

/**
 * Replace the weekly hours (a weekday left out is closed): a thin alias over the capacity model,
 * the study room's whole's weekly template (setCapacityWeek), kept for the study room's own page.
 * Bookings already made stay: staff who shorten a day see them on the live map and can cancel.
 */
export async function setWeeklyHours(
  deps: Deps,
  { actor, communityId, days }: { actor: StaffPrincipal; communityId: string; days: WeekdayHours[] },
) {
  const room = await loadStudyRoom(deps, { communityId });
  const whole = await wholeFacility(deps, { facilityId: room.facility.id });
  if (!whole) throw notFound("Study room");
  await setCapacityWeek(deps, {
    actor,
    communityId,
    facilityId: room.facility.id,
    resourceId: whole.id,
    days: days.map((d) => ({ weekday: d.weekday, capacity: whole.capacity, opens: d.opens, closes: d.closes })),
    reason: "weekly hours",
  });
  return { days };
}

export type PolicyInput = Omit<typeof bookingPolicies.$inferInsert, "facilityId" | "communityId" | "updatedAt">;

/** New rules apply to bookings made from now on; bookings already made keep their range. */
export async function setBookingPolicy(
  deps: Deps,
  { actor, communityId, ...input }: { actor: StaffPrincipal; communityId: string } & PolicyInput,
) {
  const { db, clock } = deps;
  const room = await loadStudyRoom({ db, clock }, { communityId });
  const [, [row]] = await db.batch([
    auditInsert(deps, {
      actor,
      communityId,
      action: "study_room.set_policy",
      entity: "facility",
      entityId: room.facility.id,
      before: room.policy,
      after: input,
    }),
    db
      .update(bookingPolicies)
      .set({ ...input, updatedAt: clock.now() })
      .where(eq(bookingPolicies.facilityId, room.facility.id))
      .returning(),
  ]);
  return studyPolicyView(row!);
}

/**
 * Close the room for a while (a holiday, an exam day, maintenance), through the one facility closure
 * model: every booking and wait inside it is cancelled in the same batch, each booking with a notice
 * the person sees at the kiosk. People already checked in are left to staff in the room.
 */
export async function addClosure(
  deps: Deps,
  {
    actor,
    communityId,
    ...input
  }: { actor: StaffPrincipal; communityId: string; from: string; to: string; reason: string },
) {
  const room = await loadStudyRoom(deps, { communityId });
  const made = await addFacilityClosure(deps, { actor, communityId, facilityId: room.facility.id, ...input });
  return {
    id: made.id,
    startsAt: made.startsAt,
    endsAt: made.endsAt,
    reason: made.reason,
    bookingsCancelled: made.bookingsCancelled,
  };
}

/** Open again: bookings cancelled by the closure stay cancelled (their people were told). */
export async function removeClosure(
  deps: Deps,
  { actor, communityId, closureId }: { actor: StaffPrincipal; communityId: string; closureId: string },
) {
  const { db } = deps;
  const row = await findInCommunity(deps, facilityClosures, { id: closureId, communityId }, "Closure");
  await db.batch([
    db.delete(facilityClosures).where(eq(facilityClosures.id, closureId)),
    auditInsert(deps, {
      actor,
      communityId,
      action: "study_room.remove_closure",
      entity: "closure",
      entityId: closureId,
      before: row,
    }),
  ]);
  return { id: closureId, removed: true as const };
}
