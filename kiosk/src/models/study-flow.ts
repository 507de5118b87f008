import type { AreaLoadState } from "./area-load";
import { computed } from "@preact/signals";
import { ApiError } from "@ui/api-client";
import { lengthsFrom, startTimes, type Range } from "../study/seat-plan";
import { retryWhenBack } from "./connection";
import { visitSignal } from "./kiosk-session";
import { sessionCall } from "./session-call";
import { loadStudyDay, serverNow, studyDay, studyGeneration, type SeatFeature } from "./study-day";

const MINUTE = 60_000;

// Every signal here is a visitSignal: nothing the last person picked or was told stays for the next.

/** What the person has picked: a date (null: today), a start, a length, and a wish for a walk-in seat. */
type Choice = { date: string | null; startsAt: number | null; minutes: number; prefer: SeatFeature | null };
const FIRST_CHOICE: Choice = { date: null, startsAt: null, minutes: 120, prefer: null };
export const studyChoice = visitSignal<Choice>(FIRST_CHOICE);

/**
 * The study room's three short screens (her seat, sitting down now, booking) and booking's time
 * picker; null until she picks one, when the page shows the one that matters to her now.
 */
export type StudyScreen = "mine" | "now" | "book" | "when";
export const studyScreen = visitSignal<StudyScreen | null>(null);
export const showStudyScreen = (screen: StudyScreen) => {
  studyScreen.value = screen;
  studyAsk.value = null;
};

/** A question on screen before an act that cannot be undone by a tap. */
export type StudyAsk = { kind: "book"; seatId: string } | { kind: "leave"; bookingId: string };
export const studyAsk = visitSignal<StudyAsk | null>(null);

/** What the last tap did: words made at render time (so a language switch re-words them), or a refusal. */
export type StudyNotice = { said: () => string } | { error: unknown };
export const studyNotice = visitSignal<StudyNotice | null>(null);

/** The act under way; every button waits for it, so a double tap does nothing twice. */
export const studyBusy = visitSignal<string | null>(null);
export const studyLoad = visitSignal<AreaLoadState>({
  kind: "loading",
});

/**
 * The booking the picks describe, kept to what the day allows: a start no longer offered moves to
 * the first one, a length that no longer fits to the longest that does.
 */
export const studyPlan = computed(() => {
  const day = studyDay.value;
  if (!day) return null;
  const { startsAt, minutes } = studyChoice.value;
  const starts = startTimes(day, serverNow());
  const start = startsAt !== null && starts.includes(startsAt) ? startsAt : (starts[0] ?? null);
  const lengths = start === null ? [] : lengthsFrom(day, start);
  const length = lengths.includes(minutes)
    ? minutes
    : (lengths.filter((l) => l <= minutes).at(-1) ?? lengths[0] ?? null);
  const range: Range | null =
    start !== null && length !== null ? { startsAt: start, endsAt: start + length * MINUTE } : null;
  return { starts, start, lengths, length, range };
});

const choose = (patch: Partial<Choice>) => {
  studyChoice.value = { ...studyChoice.peek(), ...patch };
  studyAsk.value = null;
};
export const chooseStart = (startsAt: number) => choose({ startsAt });
export const chooseLength = (minutes: number) => choose({ minutes });
export const choosePrefer = (prefer: SeatFeature | null) => choose({ prefer });

/** The page opens: today's seats and the person's own bookings, fresh. */
export async function openStudyRoom() {
  studyLoad.value = { kind: "loading" };
  const mine = studyGeneration();
  try {
    if (await loadStudyDay(studyChoice.peek().date ?? undefined)) studyLoad.value = { kind: "ready" };
  } catch (error) {
    if (mine === studyGeneration()) studyLoad.value = { kind: "failed", error };
  }
}

/** Another date: its seats load; a failure is said, and the day on screen stays chosen. */
export async function chooseDate(date: string) {
  const shown = studyDay.peek()?.date ?? null;
  choose({ date, startsAt: null });
  studyNotice.value = null;
  try {
    await loadStudyDay(date);
  } catch (error) {
    studyNotice.value = { error };
    if (studyChoice.peek().date === date) choose({ date: shown });
  }
}

export const refreshStudyDay = () => loadStudyDay(studyChoice.peek().date ?? undefined).catch(() => false);

// One idempotency key per act the person confirms. A lost answer keeps it, so tapping again asks
// for the same booking and the server answers with the first; any other answer spends it.
let pendingKey: { name: string; key: string } | null = null;
export function keyFor(name: string) {
  if (pendingKey?.name !== name) pendingKey = { name, key: crypto.randomUUID() };
  return pendingKey.key;
}
const answerLost = (error: unknown) => !(error instanceof ApiError) || error.status === 0 || error.status >= 500;

export type Outcome = "done" | "refused" | "lost" | "skipped";

/**
 * Runs one act for the person. The day is read again first, whatever the answer, so what is
 * then said (aloud too, by the notice) matches the map and "my seat" the server now holds.
 */
export async function act<T>(
  name: string,
  call: () => Promise<T>,
  said: (result: T) => () => string,
  /** The same act again, sent by itself when no answer came at all and the network is back. */
  retry?: () => void,
): Promise<Outcome> {
  if (studyBusy.peek()) return "skipped";
  const mine = studyGeneration();
  studyBusy.value = name;
  studyNotice.value = null;
  let notice: StudyNotice;
  let outcome: Outcome;
  let unanswered = false;
  try {
    notice = { said: said(await sessionCall(call)) };
    outcome = "done";
  } catch (error) {
    notice = { error };
    outcome = answerLost(error) ? "lost" : "refused";
    unanswered = !(error instanceof ApiError) || error.status === 0;
  }
  if (outcome !== "lost") pendingKey = null;
  await refreshStudyDay();
  if (mine !== studyGeneration()) return "skipped";
  studyNotice.value = notice;
  studyBusy.value = null;
  // Registered once the act is over, so the retry is not skipped as "busy"; it keeps this key.
  if (unanswered && retry) retryWhenBack(() => pendingKey?.name === name && retry());
  return outcome;
}

/** A tap's feedback that needs no call, such as why a taken seat cannot be booked. */
export const sayStudy = (said: () => string) => void (studyNotice.value = { said });
