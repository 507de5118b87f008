import type { AreaLoadState } from "./area-load";
import { signal } from "@preact/signals";
import type { InferResponseType } from "hono/client";
import { unwrap } from "@ui/api-client";
import { api } from "../api";
import { visitSignal } from "./kiosk-session";
import { sessionCall, sessionHeader } from "./session-call";

const babyRoom = api.kiosk["baby-room"];
export type BabyOverview = InferResponseType<typeof babyRoom.overview.$get, 200>;
export type BabyChild = BabyOverview["children"][number];
export type BabySession = BabyOverview["sessions"][number];

export type BabyLoad = AreaLoadState;
/** What the last tap did, said in words (or the refusal it met). */
export type BabyNotice = { kind: "done"; text: () => string } | { kind: "error"; error: unknown } | null;

/** Nobody's children stay on screen once the person is done or walks away (visitSignal). */
export const babyOverview = visitSignal<BabyOverview | null>(null);
export const babyLoad = signal<BabyLoad>({ kind: "loading" });
export const babyChildId = visitSignal<string | null>(null);
export const babyNotice = visitSignal<BabyNotice>(null);
export const babyBusy = signal(false);
/** The booking being checked in: the questions show for it. */
export const babyCheckIn = visitSignal<string | null>(null);
/** With the child in the room, the guardian chose to look at the sessions instead of taking the child home. */
export const babyBrowse = visitSignal(false);
/** The child a pickup code is being made for, then the code made. */
export const babyPickup = visitSignal<{ childId: string; code?: string; person?: string } | null>(null);

export async function loadBabyRoom() {
  try {
    const data = await sessionCall(() => unwrap(babyRoom.overview.$get({ header: sessionHeader() })));
    babyOverview.value = data;
    if (!data.children.some((c) => c.id === babyChildId.peek())) babyChildId.value = data.children[0]?.id ?? null;
    babyLoad.value = { kind: "ready" };
  } catch (error) {
    babyLoad.value = { kind: "failed", error };
  }
}

export function openBabyRoom() {
  babyLoad.value = { kind: "loading" };
  babyNotice.value = null;
  return loadBabyRoom();
}

// A tap's key is kept until it is answered: a lost answer and the same tap again book once.
const keys = new Map<string, string>();
const keyFor = (name: string) => {
  let key = keys.get(name);
  if (!key) keys.set(name, (key = crypto.randomUUID()));
  return key;
};

/** One act at a time: the call, then the overview read again, then what happened in words. */
async function act<T>(name: string, call: (key: string) => Promise<T>, said: (result: T) => () => string) {
  if (babyBusy.peek()) return;
  babyBusy.value = true;
  babyNotice.value = null;
  try {
    const result = await sessionCall(() => call(keyFor(name)));
    keys.delete(name);
    babyNotice.value = { kind: "done", text: said(result) };
  } catch (error) {
    babyNotice.value = { kind: "error", error };
  } finally {
    babyBusy.value = false;
  }
  await loadBabyRoom();
}

const header = () => sessionHeader();

/** Book; a paid session carries the price the guardian saw and agreed to pay by meal card. */
export const bookBabySession = (childId: string, sessionId: string, priceFen: number | undefined, said: () => string) =>
  act(
    `book:${childId}:${sessionId}`,
    (idempotencyKey) =>
      unwrap(babyRoom.bookings.$post({ header: header(), json: { childId, sessionId, priceFen, idempotencyKey } })),
    () => said,
  );

/** Wait for a full session; a freed place is then held for the child for a while. */
export const joinBabyWaitlist = (
  childId: string,
  sessionId: string,
  priceFen: number | undefined,
  said: () => string,
) =>
  act(
    `wait:${childId}:${sessionId}`,
    (idempotencyKey) =>
      unwrap(babyRoom.waitlist.$post({ header: header(), json: { childId, sessionId, priceFen, idempotencyKey } })),
    () => said,
  );

export const leaveBabyWaitlist = (entryId: string, said: () => string) =>
  act(
    `leave:${entryId}`,
    () => unwrap(babyRoom.waitlist[":entryId"].cancel.$post({ header: header(), param: { entryId } })),
    () => said,
  );

export const acceptBabyOffer = (bookingId: string, priceFen: number | undefined, said: () => string) =>
  act(
    `accept:${bookingId}`,
    () =>
      unwrap(
        babyRoom.offers[":bookingId"].accept.$post({ header: header(), param: { bookingId }, json: { priceFen } }),
      ),
    () => said,
  );

export const declineBabyOffer = (bookingId: string, said: () => string) =>
  act(
    `decline:${bookingId}`,
    () => unwrap(babyRoom.offers[":bookingId"].decline.$post({ header: header(), param: { bookingId } })),
    () => said,
  );

/**
 * What booking this session costs this child now: a free session, free anyway, a price (beyond the
 * allowance where the room charges, or a priced type), or nothing possible (no free session left
 * and the room refuses). The API decides again when the tap arrives.
 */
export function babyCost(
  child: BabyChild,
  s: BabySession,
): { kind: "allowance" | "free" } | { kind: "paid"; priceFen: number } | { kind: "refused" } {
  if (!s.usesAllowance) return s.priceFen > 0 ? { kind: "paid", priceFen: s.priceFen } : { kind: "free" };
  if (child.allowance.left > 0) return { kind: "allowance" };
  const paid = babyOverview.peek()?.beyondAllowance === "paid";
  return paid && s.priceFen > 0
    ? { kind: "paid", priceFen: s.priceFen }
    : paid
      ? { kind: "free" }
      : { kind: "refused" };
}

export const cancelBabySession = (bookingId: string, said: (refunded: boolean) => string) =>
  act(
    `cancel:${bookingId}`,
    () => unwrap(babyRoom.bookings[":bookingId"].cancel.$post({ header: header(), param: { bookingId } })),
    (b) => () => said(Boolean(b.refunded)),
  );

export const checkInChild = (bookingId: string, temperature: number, symptoms: Symptom[], said: () => string) =>
  act(
    `check-in:${bookingId}`,
    () =>
      unwrap(
        babyRoom.bookings[":bookingId"]["check-in"].$post({
          header: header(),
          param: { bookingId },
          json: { temperature, symptoms },
        }),
      ),
    () => {
      babyCheckIn.value = null;
      return said;
    },
  );

export const checkOutChild = (bookingId: string, said: () => string) =>
  act(
    `check-out:${bookingId}`,
    () => unwrap(babyRoom.bookings[":bookingId"]["check-out"].$post({ header: header(), param: { bookingId } })),
    () => said,
  );

export const createPickupCode = (childId: string, personName: string, person: string, said: () => string) =>
  act(
    `pickup:${childId}:${personName}`,
    (idempotencyKey) =>
      unwrap(babyRoom["pickup-codes"].$post({ header: header(), json: { childId, personName, idempotencyKey } })),
    (made) => {
      babyPickup.value = { childId, code: made.code, person };
      return said;
    },
  );

export const SYMPTOMS = ["cough", "runny_nose", "rash", "vomiting", "diarrhoea", "other"] as const;
export type Symptom = (typeof SYMPTOMS)[number];
