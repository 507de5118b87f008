import { effect, signal } from "@preact/signals";
import type { InferResponseType } from "hono/client";
import { api } from "../api";
import { unwrap } from "@ui/api-client";
import { dropPendingAct } from "./connection";

type Identified = InferResponseType<typeof api.kiosk.identify.$post, 200>;

/** The person this kiosk is serving now; `name` satisfies the identify panel's person type. */
export type SessionPerson = { name: string; kind: Identified["person"]["kind"]; actions: string[]; token: string };

/**
 * The open kiosk session, or null on the welcome screens. Held in memory only: a reload, a
 * crash or the next person never finds the token (or the name) in storage.
 */
export const session = signal<SessionPerson | null>(null);

/**
 * A signal of one person's visit: back to its first value when the session ends (she is done or
 * walks away), so nothing she picked or was told stays on screen for the next person.
 */
export function visitSignal<T>(first: T) {
  const value = signal(first);
  effect(() => {
    if (!session.value) value.value = first;
  });
  return value;
}

export const toSessionPerson = (data: Omit<Identified, "method">): SessionPerson => ({
  name: data.person.name,
  kind: data.person.kind,
  actions: data.actions,
  token: data.session.token,
});

export function openSession(person: SessionPerson) {
  session.value = person;
}

let keptAliveAt = 0;

/**
 * She is still tapping: tell the server at most once a step, so her session there lives as long as
 * she is here (the kiosk's own reset comes first; see the API's kioskIdleTimings).
 */
export function keepSessionAlive(stepMs: number) {
  const open = session.peek();
  const now = Date.now();
  if (!open || now - keptAliveAt < stepMs) return;
  keptAliveAt = now;
  void unwrap(api.kiosk.session.$get({ header: { "x-kiosk-session": open.token } })).catch(() => undefined);
}

/**
 * Done, or nobody there any more: the name leaves the screen first, then the server is told.
 * A failed call is not retried: the server ends an idle session by itself.
 */
export async function endSession() {
  const ending = session.peek();
  if (!ending) return;
  // Nothing lost on the network is sent for her once she has gone.
  dropPendingAct();
  session.value = null;
  await unwrap(api.kiosk.session.end.$post({ header: { "x-kiosk-session": ending.token } })).catch(() => undefined);
}
