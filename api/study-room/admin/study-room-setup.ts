import type { BookingPolicy } from "../../booking/policy";
import type { Deps } from "../../shared/context";
import { localDate, localTime } from "../../shared/time";
import { loadStudyRoom } from "../load-study-room";

/** What staff edit: the seats, the weekly hours, the closures still to come and the rules. */
export async function studyRoomSetup(deps: Deps, { communityId }: { communityId: string }) {
  const room = await loadStudyRoom(deps, { communityId });
  const { policy, timeZone } = room;
  const local = (d: Date) => `${localDate(d, timeZone)}T${localTime(d, timeZone)}`;
  return {
    facilityId: room.facility.id,
    name: room.facility.name,
    timeZone,
    seats: room.seats,
    hours: room.hours
      .filter((h) => h.date === undefined)
      .sort((a, b) => a.weekday - b.weekday)
      .map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
    closures: room.closures.map((c) => ({ id: c.id, from: local(c.startsAt), to: local(c.endsAt), reason: c.reason })),
    policy: studyPolicyView(policy),
  };
}

/** The rules staff set for the room: the engine's policy without what other facilities use. */
export const studyPolicyView = (policy: BookingPolicy) => ({
  stepMinutes: policy.stepMinutes,
  minutesPerDay: policy.minutesPerDay,
  activeBookings: policy.activeBookings,
  daysAhead: policy.daysAhead,
  graceMinutes: policy.graceMinutes,
  awayMinutes: policy.awayMinutes,
  strikeLimit: policy.strikeLimit,
  strikeWindowDays: policy.strikeWindowDays,
  banDays: policy.banDays,
  offerMinutes: policy.offerMinutes,
});
