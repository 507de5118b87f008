import type { genders } from "../../db/schema";
import { addDays, localDate, zonedInstant } from "../shared/time";

export type CourierStatus = "pending" | "verified" | "suspended" | "expired";
export type CourierFacts = { verifiedAt: Date | null; suspendedAt: Date | null; createdAt: Date };

/** Where a registration stands: pending until verified, lapsed when nobody verified it in time. */
export function courierStatus(c: CourierFacts, now: Date, pendingExpiryDays: number): CourierStatus {
  if (c.suspendedAt) return "suspended";
  if (c.verifiedAt) return "verified";
  return now.getTime() - c.createdAt.getTime() >= pendingExpiryDays * 86_400_000 ? "expired" : "pending";
}

export type RegistrationAct = "verify" | "suspend" | "reinstate";
const allowedFrom: Record<RegistrationAct, CourierStatus> = {
  verify: "pending",
  suspend: "verified",
  reinstate: "suspended",
};

/** Guarded transitions: verify a pending one, suspend a verified one, reinstate a suspended one. */
export const canApply = (act: RegistrationAct, status: CourierStatus) => allowedFrom[act] === status;

export type DoorRefusal =
  | "COURIER_NOT_VERIFIED"
  | "REGISTRATION_EXPIRED"
  | "COURIER_SUSPENDED"
  | "WOMEN_ONLY"
  | "FACE_NOT_ALLOWED";

export type DoorFacts = { womenOnly: boolean };
export type KioskFacts = { passOnly: boolean };

/** No camera where one may not be used: a pass-only kiosk, and always at the women-only area's door. */
export const faceAllowed = (kiosk: KioskFacts, door: DoorFacts) => !kiosk.passOnly && !door.womenOnly;

/** Who may pass a door, and why not: verified and unsuspended; at the women's door, a verified woman by pass. */
export function doorRefusal(
  courier: { status: CourierStatus; gender: (typeof genders)[number] },
  door: DoorFacts,
  kiosk: KioskFacts,
  method: "pass" | "face",
): DoorRefusal | null {
  if (method === "face" && !faceAllowed(kiosk, door)) return "FACE_NOT_ALLOWED";
  if (courier.status === "suspended") return "COURIER_SUSPENDED";
  if (courier.status === "expired") return "REGISTRATION_EXPIRED";
  if (courier.status !== "verified") return "COURIER_NOT_VERIFIED";
  if (door.womenOnly && courier.gender !== "female") return "WOMEN_ONLY";
  return null;
}

export type VisitStep = "enter" | "already_inside" | "exit" | "exit_unpaired";

/** Pairing at the door: an entry opens a visit (a second entry finds it), an exit closes the open one. */
export function visitStep(direction: "in" | "out", hasOpenVisit: boolean): VisitStep {
  if (direction === "in") return hasOpenVisit ? "already_inside" : "enter";
  return hasOpenVisit ? "exit" : "exit_unpaired";
}

/**
 * The latest nightly close at or before `now`: the local close time today, or yesterday's if
 * today's has not come. Visits entered before it and still open are closed at it and marked.
 */
export function nightlyCutoff(now: Date, timeZone: string, closeAt: string): Date {
  const today = localDate(now, timeZone);
  const todays = zonedInstant(today, closeAt, timeZone);
  return todays <= now ? todays : zonedInstant(addDays(today, -1), closeAt, timeZone);
}

/** Which open visits the nightly close ends: those begun before the cut-off. */
export const visitsToClose = <V extends { enteredAt: Date; exitedAt: Date | null }>(
  visits: readonly V[],
  cutoff: Date,
) => visits.filter((v) => v.exitedAt === null && v.enteredAt < cutoff);

export type Range = { startsAt: Date; endsAt: Date };

/** A shower slot takes the shower for its minutes and the cleaning after: the next use starts after both. */
export function showerRange(
  startsAt: Date,
  slotMinutes: number,
  cleaningMinutes: number,
): Range & { showerEndsAt: Date } {
  const showerEndsAt = new Date(startsAt.getTime() + slotMinutes * 60_000);
  return { startsAt, showerEndsAt, endsAt: new Date(showerEndsAt.getTime() + cleaningMinutes * 60_000) };
}

/** The earliest start at or after `now` (whole minutes) where a use of `lengthMs` overlaps no busy range. */
export function nextFreeStart(now: Date, busy: readonly Range[], lengthMs: number): Date {
  let start = Math.ceil(now.getTime() / 60_000) * 60_000;
  const sorted = [...busy].sort((a, b) => +a.startsAt - +b.startsAt);
  for (const b of sorted) {
    if (b.endsAt.getTime() <= start) continue;
    if (b.startsAt.getTime() >= start + lengthMs) break;
    start = b.endsAt.getTime();
  }
  return new Date(start);
}

/** Occupancy as the kiosk says it: full is a state, with how many are waiting, never an error. */
export const occupancyState = (inside: number, capacity: number) => (inside >= capacity ? "full" : "open");

/** Riders refused for a full station in the last few minutes and not inside since: "waiting". */
export const WAITING_WINDOW_MS = 15 * 60_000;

/** A door kiosk answers at most this many tries a minute: enough for a queue of riders, not for a script. */
export const DOOR_ATTEMPTS_PER_MINUTE = 60;
export const DOOR_ATTEMPT_WINDOW_MS = 60_000;

/** The door's limit over the tries claimed before this one: a wait until the oldest leaves the minute. */
export function doorLockout(earlier: Date[], now: Date): { retryAfterSeconds: number } | null {
  const recent = earlier
    .map((d) => d.getTime())
    .filter((at) => now.getTime() - at < DOOR_ATTEMPT_WINDOW_MS)
    .sort((a, b) => a - b);
  if (recent.length < DOOR_ATTEMPTS_PER_MINUTE) return null;
  const freeAt = recent[recent.length - DOOR_ATTEMPTS_PER_MINUTE]! + DOOR_ATTEMPT_WINDOW_MS;
  return { retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
}
