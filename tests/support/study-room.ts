import { makeKiosk, makeResident, makeStudyRoom } from "./factories";
import { residentSessions } from "./kiosk-sessions";
import { call, type TestApp } from "./test-app";

/** A community with a study room, its kiosk, and a way to open a kiosk session for a new resident. */
export async function studyRoomAt(t: TestApp, community: { id: string }, adminCookie: string, seats = 4) {
  const room = await makeStudyRoom(t.db, community.id, seats);
  const kiosk = await makeKiosk(t.db, { id: community.id, facilityId: room.facilityId });
  const sessionFor = residentSessions(t, { kiosk, cookie: adminCookie });
  async function newStudent() {
    const person = await makeResident(t.db, community.id, { birthDate: "2001-03-02" });
    // A kiosk session lasts two minutes: after the clock moves, the person identifies again.
    return { person, headers: await sessionFor(person.id), visit: () => sessionFor(person.id) };
  }
  const kioskCall = (headers: Record<string, string>, method: string, path: string, body?: unknown) =>
    call(t, method, `/api/kiosk/study-room${path}`, { headers, body });
  const book = (
    headers: Record<string, string>,
    seatId: string,
    startsAt: string,
    endsAt: string,
    idempotencyKey = crypto.randomUUID(),
  ) => kioskCall(headers, "POST", "/bookings", { seatId, startsAt, endsAt, idempotencyKey });
  return { ...room, kiosk, sessionFor, newStudent, kioskCall, book };
}
