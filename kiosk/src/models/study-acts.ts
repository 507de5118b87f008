import { seatState } from "../study/seat-plan";
import { clockTime, dateTimeWords } from "../study/time";
import { seatStateWord, whenText } from "../study/words";
import { act, keyFor, sayStudy, studyAsk, studyChoice, studyNotice, studyPlan, studyScreen } from "./study-flow";
import { canCheckInNow, studyCalls, studyDay, type MyBooking, type Seat } from "./study-day";
import { st } from "../study/i18n";

const iso = (ms: number) => new Date(ms).toISOString();
const seatLabel = (seatId: string) => studyDay.peek()?.seats.find((s) => s.id === seatId)?.label ?? "";

/** A tap on the map: a free seat asks to confirm; any other seat, or any seat during a ban, says why it cannot be booked. */
export function tapSeat(seat: Seat) {
  const range = studyPlan.peek()?.range;
  if (!range) return;
  const state = seatState(seat, range);
  const ban = studyDay.peek()?.ban;
  // Booking is paused for her: say so at the tap, rather than ask a question the server refuses.
  if (state === "free" && ban) {
    studyAsk.value = null;
    return sayStudy(() => st("study.ban", { until: dateTimeWords(ban.until) }));
  }
  if (state === "free") {
    studyNotice.value = null;
    studyAsk.value = { kind: "book", seatId: seat.id };
    return;
  }
  studyAsk.value = null;
  sayStudy(() => st(`study.seatSays.${state}`, { seat: seat.label, state: seatStateWord(state) }));
}

export async function confirmBooking() {
  const ask = studyAsk.peek();
  const range = studyPlan.peek()?.range;
  if (ask?.kind !== "book" || !range) return;
  const json = { seatId: ask.seatId, startsAt: iso(range.startsAt), endsAt: iso(range.endsAt) };
  const name = `book:${json.seatId}:${json.startsAt}:${json.endsAt}`;
  const outcome = await act(
    name,
    () => studyCalls.book({ ...json, idempotencyKey: keyFor(name) }),
    (b) => () => {
      const what = { seat: seatLabel(b.resourceId), when: whenText(b.startsAt, b.endsAt) };
      // The check-in window as the API counts it (from the booking, for one made after its start).
      const booked = studyDay.value?.mine.find((m) => m.id === b.id);
      if (!booked) return st("study.bookedPlain", what);
      // Standing at the room's kiosk with check-in open: the 签到 button is right there, not "go to the kiosk".
      if (canCheckInNow(booked)) return st("study.bookedCheckInNow", what);
      const window = { from: clockTime(booked.checkInFrom), until: clockTime(booked.checkInUntil) };
      return st(studyDay.value?.atThisRoom ? "study.bookedHere" : "study.booked", { ...what, ...window });
    },
    // Still asking the same question when the network is back: the booking goes again, same key.
    () => studyAsk.peek() === ask && void confirmBooking(),
  );
  // A lost answer keeps the question open: the same tap asks again, with the same key.
  if (outcome !== "lost" && outcome !== "skipped" && studyAsk.peek() === ask) studyAsk.value = null;
  // Booked: her seat's screen, where the new booking (and its 签到 when open) is.
  if (outcome === "done") studyScreen.value = "mine";
}

export async function walkIn(minutes: number) {
  const prefer = studyChoice.peek().prefer ?? undefined;
  const name = `walk-in:${minutes}:${prefer ?? ""}`;
  const outcome = await act(
    name,
    () => studyCalls.walkIn({ minutes, ...(prefer && { prefer }), idempotencyKey: keyFor(name) }),
    (b) => () => st("study.seated", { seat: seatLabel(b.resourceId), end: clockTime(b.endsAt) }),
    () => void walkIn(minutes),
  );
  if (outcome === "done") studyScreen.value = "mine";
  return outcome;
}

export function joinWaitlist() {
  const range = studyPlan.peek()?.range;
  if (!range) return;
  const json = { startsAt: iso(range.startsAt), endsAt: iso(range.endsAt) };
  const name = `waitlist:${json.startsAt}:${json.endsAt}`;
  return act(
    name,
    () => studyCalls.joinWaitlist({ ...json, idempotencyKey: keyFor(name) }),
    (w) => () => st("study.joined", { when: whenText(w.startsAt, w.endsAt) }),
  );
}

export const leaveWaitlist = (entryId: string) =>
  act(
    `leave-line:${entryId}`,
    () => studyCalls.leaveWaitlist(entryId),
    () => () => st("study.leftLine"),
  );

export const checkIn = (b: MyBooking) =>
  act(
    `check-in:${b.id}`,
    () => studyCalls.checkIn(b.id),
    (r) => () => st("study.checkedIn", { seat: b.seatLabel, end: clockTime(r.endsAt) }),
  );

export const stepOut = (b: MyBooking) =>
  act(
    `step-out:${b.id}`,
    () => studyCalls.stepOut(b.id),
    (r) => () => st("study.steppedOut", { seat: b.seatLabel, time: clockTime(r.backBy) }),
  );

export const comeBack = (b: MyBooking) =>
  act(
    `come-back:${b.id}`,
    () => studyCalls.comeBack(b.id),
    () => () => st("study.cameBack", { seat: b.seatLabel }),
  );

export const accept = (b: MyBooking) =>
  act(
    `accept:${b.id}`,
    () => studyCalls.accept(b.id),
    (r) => () => st("study.accepted", { seat: b.seatLabel, when: whenText(r.startsAt, r.endsAt) }),
  );

export const decline = (b: MyBooking) =>
  act(
    `decline:${b.id}`,
    () => studyCalls.decline(b.id),
    () => () => st("study.declined"),
  );

export const askLeave = (bookingId: string | null) =>
  void (studyAsk.value = bookingId ? { kind: "leave", bookingId } : null);

/** Leave a seat early, or cancel a booking not yet used; asked first, since it cannot be undone. */
export async function confirmLeave(b: MyBooking) {
  const seated = b.status === "checked_in";
  await act(
    `leave:${b.id}`,
    () => studyCalls.leave(b.id),
    () => () =>
      seated
        ? st("study.left", { seat: b.seatLabel })
        : st("study.cancelled", { seat: b.seatLabel, when: whenText(b.startsAt, b.endsAt) }),
  );
  studyAsk.value = null;
}
