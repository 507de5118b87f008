import { effect, signal } from "@preact/signals";
import type { InferResponseType } from "hono/client";
import { api } from "../api";
import { unwrap } from "@ui/api-client";
import { session } from "./kiosk-session";
import { sessionCall, sessionHeader } from "./session-call";

const studyRoom = api.kiosk["study-room"];
export type StudyDay = InferResponseType<typeof studyRoom.day.$get, 200>;
export type Seat = StudyDay["seats"][number];
export type MyBooking = StudyDay["mine"][number];
export type WaitlistPlace = StudyDay["waitlist"][number];
export type SeatFeature = "power" | "window" | "quiet";

/** The seat map for one date with the identified person's own bookings: all from the API. */
export const studyDay = signal<StudyDay | null>(null);

/** Bumped whenever the person changes or leaves: an answer for an earlier person is dropped. */
let generation = 0;
export const studyGeneration = () => generation;

// The server's clock decides every window (check-in, the current step); the kiosk's own clock
// may be wrong, and in tests the server runs at a fixed instant. Kept as an offset at each load.
let serverOffsetMs = 0;
export const serverNow = () => Date.now() + serverOffsetMs;

export function forgetStudyDay() {
  generation++;
  studyDay.value = null;
}

/** Nobody's seat stays in memory once the person is done or walks away. */
effect(() => {
  if (!session.value) forgetStudyDay();
});

// Each load is numbered: a slow answer (the day before she tapped another) never replaces a newer one.
let loads = 0;

/** Loads a date (today when none); returns false when the answer came too late to be shown. */
export async function loadStudyDay(date?: string): Promise<boolean> {
  const mine = generation;
  const load = ++loads;
  const data = await sessionCall(() =>
    unwrap(studyRoom.day.$get({ header: sessionHeader(), query: date ? { date } : {} })),
  );
  if (mine !== generation || load !== loads) return false;
  serverOffsetMs = Date.parse(data.now) - Date.now();
  studyDay.value = data;
  return true;
}

/** The calls on the person's behalf, each answered with the API's own view of the result. */
export const studyCalls = {
  book: (json: { seatId: string; startsAt: string; endsAt: string; idempotencyKey: string }) =>
    unwrap(studyRoom.bookings.$post({ header: sessionHeader(), json })),
  walkIn: (json: { minutes: number; prefer?: SeatFeature; idempotencyKey: string }) =>
    unwrap(studyRoom["walk-in"].$post({ header: sessionHeader(), json })),
  joinWaitlist: (json: { startsAt: string; endsAt: string; idempotencyKey: string }) =>
    unwrap(studyRoom.waitlist.$post({ header: sessionHeader(), json })),
  leaveWaitlist: (entryId: string) =>
    unwrap(studyRoom.waitlist[":entryId"].cancel.$post({ header: sessionHeader(), param: { entryId } })),
  checkIn: (bookingId: string) =>
    unwrap(studyRoom.bookings[":bookingId"]["check-in"].$post({ header: sessionHeader(), param: { bookingId } })),
  stepOut: (bookingId: string) =>
    unwrap(studyRoom.bookings[":bookingId"]["step-out"].$post({ header: sessionHeader(), param: { bookingId } })),
  comeBack: (bookingId: string) =>
    unwrap(studyRoom.bookings[":bookingId"]["come-back"].$post({ header: sessionHeader(), param: { bookingId } })),
  leave: (bookingId: string) =>
    unwrap(studyRoom.bookings[":bookingId"].leave.$post({ header: sessionHeader(), param: { bookingId } })),
  accept: (bookingId: string) =>
    unwrap(studyRoom.bookings[":bookingId"].accept.$post({ header: sessionHeader(), param: { bookingId } })),
  decline: (bookingId: string) =>
    unwrap(studyRoom.bookings[":bookingId"].decline.$post({ header: sessionHeader(), param: { bookingId } })),
};

/** Check-in is open now, and here: the API's own window, read against the server's clock. */
export function canCheckInNow(b: MyBooking) {
  const now = serverNow();
  return (
    b.status === "confirmed" &&
    Boolean(studyDay.value?.atThisRoom) &&
    now >= Date.parse(b.checkInFrom) &&
    now < Date.parse(b.checkInUntil)
  );
}
