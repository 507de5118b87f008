import { signal } from "@preact/signals";
import { ApiError, unwrap } from "@ui/api-client";
import { api } from "../api";
import { sessionCall, sessionHeader } from "./session-call";

const station = api.kiosk.station;
export type ShowerBoard = Awaited<ReturnType<typeof fetchBoard>>;
export type Shower = ShowerBoard["showers"][number];

export const showerBoard = signal<ShowerBoard | null>(null);
/** What the last tap did, or why not (an error code for the catalogue). */
export const showerNotice = signal<{ kind: "ok" | "error"; key: string } | null>(null);

const fetchBoard = () => unwrap(station.showers.$get({ header: sessionHeader() }));

export async function loadShowers() {
  showerBoard.value = await sessionCall(fetchBoard);
}

async function act(run: () => Promise<unknown>, okKey: string) {
  try {
    await sessionCall(run);
    showerNotice.value = { kind: "ok", key: okKey };
  } catch (err) {
    showerNotice.value = { kind: "error", key: err instanceof ApiError ? err.code : "NETWORK" };
  }
  await loadShowers().catch(() => undefined);
}

/** Book a shower's next free slot; a retry of the same tap finds the same booking. */
export const bookShower = (shower: Shower) => {
  const idempotencyKey = crypto.randomUUID();
  return act(
    () =>
      unwrap(
        station.showers.bookings.$post({
          header: sessionHeader(),
          json: { showerId: shower.id, startsAt: shower.nextStart!, idempotencyKey },
        }),
      ),
    "booked",
  );
};

export const startShower = (bookingId: string) =>
  act(
    () => unwrap(station.showers.bookings[":bookingId"].start.$post({ header: sessionHeader(), param: { bookingId } })),
    "started",
  );

export const joinQueue = () =>
  act(
    () =>
      unwrap(station.showers.queue.$post({ header: sessionHeader(), json: { idempotencyKey: crypto.randomUUID() } })),
    "queued",
  );

export const acceptOffer = (bookingId: string) =>
  act(
    () => unwrap(station.showers.offers[":bookingId"].accept.$post({ header: sessionHeader(), param: { bookingId } })),
    "booked",
  );
