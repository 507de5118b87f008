import { signal } from "@preact/signals";
import { ApiError, unwrap } from "@ui/api-client";
import { api } from "../api";

export type DoorAnswer = Awaited<ReturnType<typeof scanAtDoor>>;
export type DoorState =
  | { kind: "ready" }
  | { kind: "checking" }
  | { kind: "answered"; answer: DoorAnswer }
  | { kind: "refused"; code: string };

const door = api.kiosk.station;
export const doorState = signal<DoorState>({ kind: "ready" });
export const doorDirection = signal<"in" | "out">("in");

const scanAtDoor = (code: string, direction: "in" | "out") => unwrap(door.door.$post({ json: { code, direction } }));

// The camera sees the same pass many times a second while it is held up: one request at a time,
// and the same pass again only after a pause; after the door opened, only once the rider is
// surely through (a pass still in view must not open the door again and again).
const SAME_PASS_MS = 4000;
const SAME_PASS_AFTER_OPEN_MS = 30_000;
let last = { code: "", at: 0, wait: SAME_PASS_MS };
let clearTimer: ReturnType<typeof setTimeout> | undefined;

/** A pass at the door: the answer (opened, full, door failed) or why not, shown until the next rider. */
export async function passDoor(code: string) {
  const now = Date.now();
  if (doorState.peek().kind === "checking" || (code === last.code && now - last.at < last.wait)) return;
  last = { code, at: now, wait: SAME_PASS_MS };
  doorState.value = { kind: "checking" };
  try {
    const answer = await scanAtDoor(code, doorDirection.peek());
    if (answer.state === "opened") last.wait = SAME_PASS_AFTER_OPEN_MS;
    doorState.value = { kind: "answered", answer };
  } catch (err) {
    doorState.value = { kind: "refused", code: err instanceof ApiError ? err.code : "NETWORK" };
  }
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => {
    doorState.value = { kind: "ready" };
    doorDirection.value = "in";
  }, 8000);
}

export const sos = () => unwrap(door.sos.$post());
export const loadAmenities = () => unwrap(door.amenities.$get());
export const loadOccupancy = () => unwrap(door.occupancy.$get());
