import { signal } from "@preact/signals";
import { ApiError, unwrap } from "@ui/api-client";
import { api } from "../api";
import { computeDescriptor, type FaceInput, loadFaceModels } from "@ui/face/face-descriptor";

export type DoorAnswer = Awaited<ReturnType<typeof scanAtDoor>>;
export type DoorState =
  | { kind: "ready" }
  | { kind: "checking" }
  | { kind: "face"; step: "loading" | "capturing" }
  | { kind: "answered"; answer: DoorAnswer }
  | { kind: "refused"; code: string };

const door = api.kiosk.station;
export const doorState = signal<DoorState>({ kind: "ready" });
export const doorDirection = signal<"in" | "out">("in");

type Scan = { code: string } | { descriptor: number[] };
const scanAtDoor = (scan: Scan, direction: "in" | "out") => unwrap(door.door.$post({ json: { ...scan, direction } }));

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
  if (busy() || (code === last.code && now - last.at < last.wait)) return;
  last = { code, at: now, wait: SAME_PASS_MS };
  const opened = await ask({ code });
  if (opened) last.wait = SAME_PASS_AFTER_OPEN_MS;
}

const busy = () => ["checking", "face"].includes(doorState.peek().kind);

/**
 * A face at a door kiosk that may use its camera for faces (never the women's door, never a
 * pass-only kiosk): one tap, the descriptor is computed here, and only the vector goes to the API.
 */
export async function passDoorByFace(input: FaceInput) {
  if (busy()) return;
  doorState.value = { kind: "face", step: "loading" };
  try {
    await loadFaceModels();
    doorState.value = { kind: "face", step: "capturing" };
    const result = await computeDescriptor(input);
    if (!result.ok) return settle({ kind: "refused", code: `face.${result.reason}` });
    await ask({ descriptor: result.descriptor });
  } catch {
    settle({ kind: "refused", code: "face.failed" });
  }
}

async function ask(scan: Scan) {
  doorState.value = { kind: "checking" };
  try {
    const answer = await scanAtDoor(scan, doorDirection.peek());
    settle({ kind: "answered", answer });
    return answer.state === "opened";
  } catch (err) {
    settle({ kind: "refused", code: err instanceof ApiError ? err.code : "NETWORK" });
    return false;
  }
}

/** The answer stays until the next rider, or a few seconds. */
function settle(state: DoorState) {
  doorState.value = state;
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => {
    doorState.value = { kind: "ready" };
    doorDirection.value = "in";
  }, 8000);
}

export const sos = () => unwrap(door.sos.$post());
export const loadAmenities = () => unwrap(door.amenities.$get());
export const loadOccupancy = () => unwrap(door.occupancy.$get());
