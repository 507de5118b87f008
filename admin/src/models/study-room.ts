import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { api } from "../api";
import { communityId } from "./community";
import { may } from "./permissions";

export const studyApi = api.communities[":communityId"]["study-room"];
export const studyKey = () => (may.studyRoom.value ? communityId.value : null);
const param = (id: string) => ({ param: { communityId: id } });

/** What staff edit: seats, weekly hours, closures to come and the booking rules. */
export const studySetup = resource(studyKey, async (id) => unwrap(studyApi.$get(param(id))));

export type StudySetup = NonNullable<typeof studySetup.data.value>;
export type Seat = StudySetup["seats"][number];
export type SeatInput = Omit<Seat, "id" | "inService">;
export type WeekdayHours = StudySetup["hours"][number];
export type Closure = StudySetup["closures"][number];
export type StudyPolicy = StudySetup["policy"];
/** The rules as the API takes them: the step is one of the room's choices. */
export type PolicyInput = Omit<StudyPolicy, "stepMinutes"> & { stepMinutes: 15 | 30 | 60 };

export async function addSeat(id: string, json: SeatInput) {
  const seat = await unwrap(studyApi.seats.$post({ ...param(id), json }));
  await studySetup.reload();
  return seat;
}

export async function updateSeat(id: string, seatId: string, json: SeatInput) {
  const seat = await unwrap(studyApi.seats[":seatId"].$put({ param: { communityId: id, seatId }, json }));
  await studySetup.reload();
  return seat;
}

/** Out of service: the answer says which bookings moved to which seat and which were cancelled. */
export async function takeSeatOutOfService(id: string, seatId: string, reason: string) {
  const change = await unwrap(
    studyApi.seats[":seatId"]["out-of-service"].$post({ param: { communityId: id, seatId }, json: { reason } }),
  );
  await studySetup.reload();
  return change;
}

export async function returnSeatToService(id: string, seatId: string) {
  const change = await unwrap(studyApi.seats[":seatId"]["in-service"].$post({ param: { communityId: id, seatId } }));
  await studySetup.reload();
  return change;
}

export async function setWeeklyHours(id: string, days: WeekdayHours[]) {
  await unwrap(studyApi.hours.$put({ ...param(id), json: { days } }));
  await studySetup.reload();
}

export async function setStudyPolicy(id: string, json: PolicyInput) {
  await unwrap(studyApi.policy.$put({ ...param(id), json }));
  await studySetup.reload();
}

/** `from` and `to` are local date-times (YYYY-MM-DDTHH:MM) in the room's zone. */
export async function addClosure(id: string, json: { from: string; to: string; reason: string }) {
  const closure = await unwrap(studyApi.closures.$post({ ...param(id), json }));
  await studySetup.reload();
  return closure;
}

export async function removeClosure(id: string, closureId: string) {
  await unwrap(studyApi.closures[":closureId"].$delete({ param: { communityId: id, closureId } }));
  await studySetup.reload();
}
