import { signal } from "@preact/signals";
import { api } from "../api";
import { unwrap } from "@ui/api-client";
import { openSession, toSessionPerson } from "./kiosk-session";

const POLL_MS = 2000;
// Nobody came: stop asking, so a forgotten call does not poll all day.
const GIVE_UP_MS = 15 * 60_000;

export type StaffCallState =
  | { kind: "idle" }
  | { kind: "calling" }
  | { kind: "waiting"; callId: string }
  | { kind: "closed" }
  | { kind: "failed"; error: unknown };

export const staffCall = signal<StaffCallState>({ kind: "idle" });

let poller: ReturnType<typeof setTimeout> | undefined;

/**
 * The call-staff button. The server keeps one open call per kiosk, so pressing again (or a
 * double tap) joins the same call rather than raising another alert.
 */
export async function callStaff() {
  const now = staffCall.peek().kind;
  if (now === "calling" || now === "waiting") return;
  staffCall.value = { kind: "calling" };
  try {
    const { callId } = await unwrap(api.kiosk["staff-calls"].$post());
    staffCall.value = { kind: "waiting", callId };
    schedulePoll(callId, Date.now() + GIVE_UP_MS);
  } catch (error) {
    staffCall.value = { kind: "failed", error };
  }
}

function schedulePoll(callId: string, giveUpAt: number) {
  clearTimeout(poller);
  poller = setTimeout(() => void poll(callId, giveUpAt), POLL_MS);
}

/** Staff say who is at the kiosk from the admin panel; the first claim after that opens the session. */
async function poll(callId: string, giveUpAt: number) {
  const current = staffCall.peek();
  if (current.kind !== "waiting" || current.callId !== callId) return;
  try {
    const answer = await unwrap(api.kiosk["staff-calls"][":callId"].claim.$post({ param: { callId } }));
    if (answer.status === "identified") {
      staffCall.value = { kind: "idle" };
      openSession(toSessionPerson(answer));
      return;
    }
    if (answer.status === "closed") {
      staffCall.value = { kind: "closed" };
      return;
    }
  } catch {
    // A lost network is retried on the next tick; the call stays open on the server.
  }
  if (Date.now() < giveUpAt) schedulePoll(callId, giveUpAt);
  else dismissStaffCall();
}

/** The person closes the notice (or the kiosk returns to its welcome screen). */
export function dismissStaffCall() {
  clearTimeout(poller);
  staffCall.value = { kind: "idle" };
}
