import { timeStep } from "../../common/rotating-code";
import type { FacilityKind, PersonKind } from "../../db/schema";

export const KIOSK_SESSION_IDLE_MS = 120_000;
// A live session's last activity is written at most this often (a write per request would cost more).
export const KIOSK_SESSION_TOUCH_MS = 10_000;
// The kiosk tells the server a person is still there at most this often while she taps.
export const KIOSK_KEEPALIVE_MS = 10_000;
// "我还需要时间" shows this long before the kiosk goes back to its welcome screen.
export const KIOSK_IDLE_WARNING_MS = 20_000;
// Scanner keys farther apart than this are a person typing; slow USB scanners need it raised.
export const DEFAULT_SCANNER_MAX_GAP_MS = 80;

/**
 * The kiosk's idle timings, all from the server's one session limit, served with the welcome data
 * so the two cannot disagree: the kiosk goes back to its welcome screen before the server could
 * end the session under her (its keepalive and the server's touch may each lag by their step),
 * and warns before that.
 */
export function kioskIdleTimings() {
  const resetMs = KIOSK_SESSION_IDLE_MS - KIOSK_KEEPALIVE_MS - KIOSK_SESSION_TOUCH_MS;
  return {
    sessionSeconds: KIOSK_SESSION_IDLE_MS / 1000,
    resetSeconds: resetMs / 1000,
    warnSeconds: KIOSK_IDLE_WARNING_MS / 1000,
    keepAliveSeconds: KIOSK_KEEPALIVE_MS / 1000,
  };
}
export const IDENTIFY_ATTEMPTS_PER_MINUTE = 20;

// face-api descriptors of one person usually lie within 0.4 of each other and different people
// beyond 0.6. We accept only clearly close matches that also stand apart from everyone else.
export const FACE_MAX_DISTANCE = 0.45;
export const FACE_MIN_MARGIN = 0.1;
export const DESCRIPTOR_LENGTH = 128;

export type FaceMatch =
  | { accepted: true; ref: string; distance: number; secondDistance: number }
  | { accepted: false; reason: "no_candidates" | "too_far" | "ambiguous"; distance?: number; secondDistance?: number };

/**
 * Best and second-best over a flat gallery (n × 128 floats); `refs[i]` names row i. One
 * template per person, so the runner-up is always someone else.
 */
export function matchFace(probe: ArrayLike<number>, gallery: Float32Array, refs: string[]): FaceMatch {
  let best = Infinity;
  let second = Infinity;
  let bestIndex = -1;
  for (let row = 0; row < refs.length; row++) {
    const offset = row * DESCRIPTOR_LENGTH;
    let sum = 0;
    for (let i = 0; i < DESCRIPTOR_LENGTH; i++) {
      const d = probe[i]! - gallery[offset + i]!;
      sum += d * d;
      if (sum >= second) break; // cannot beat the runner-up: stop early
    }
    if (sum < best) {
      second = best;
      best = sum;
      bestIndex = row;
    } else if (sum < second) {
      second = sum;
    }
  }
  if (bestIndex < 0) return { accepted: false, reason: "no_candidates" };
  const distance = Math.sqrt(best);
  const secondDistance = Math.sqrt(second);
  if (distance > FACE_MAX_DISTANCE) return { accepted: false, reason: "too_far", distance, secondDistance };
  if (secondDistance - distance < FACE_MIN_MARGIN)
    return { accepted: false, reason: "ambiguous", distance, secondDistance };
  return { accepted: true, ref: refs[bestIndex]!, distance, secondDistance };
}

/** A phone's clock may be a little off: the previous, current and next step are accepted. */
export const acceptableSteps = (at: Date) => [timeStep(at) - 1, timeStep(at), timeStep(at) + 1];

export const sessionIsLive = (s: { lastActivityAt: Date; endedAt: Date | null }, now: Date) =>
  !s.endedAt && now.getTime() - s.lastActivityAt.getTime() < KIOSK_SESSION_IDLE_MS;

/** What a person can do at the kiosk of a facility, shown after they are identified. */
export function kioskActions(facility: FacilityKind, person: PersonKind): string[] {
  const byFacility: Record<FacilityKind, Partial<Record<PersonKind, string[]>>> = {
    canteen: { resident: ["order_meal", "meal_card_balance", "book_delivery"] },
    study_room: { resident: ["book_seat", "check_in_seat", "walk_in_seat"] },
    station: { courier: ["enter_station", "leave_station", "book_shower"], resident: [] },
    baby_room: { resident: ["book_session", "check_in_child", "check_out_child"] },
  };
  return byFacility[facility][person] ?? [];
}

/**
 * Children are never enrolled for face identification: not the baby room's children, and not a
 * resident under 14, whose data PIPL art. 28 treats as sensitive (the 2025 face measures).
 */
export const FACE_MIN_AGE = 14;
export const mayEnrolFace = (kind: PersonKind, age: number | null) =>
  kind !== "child" && (age === null || age >= FACE_MIN_AGE);

export const maskPhone = (phone: string | null) => (phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null);
/** Keep the building so staff can tell neighbours apart; hide the flat. */
export const maskAddress = (address: string | null) => (address ? address.replace(/(\d+栋).*/, "$1****") : null);
