import type { StaffRole } from "../../db/schema";

export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** Refreshing last-seen on every request would write on every read; once a minute is enough. */
export const SESSION_TOUCH_MS = 60_000;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null };

export function sessionState(s: SessionTimes, now: Date): "active" | "revoked" | "expired" | "idle" {
  if (s.revokedAt) return "revoked";
  if (now >= s.expiresAt) return "expired";
  if (now.getTime() - s.lastSeenAt.getTime() >= SESSION_IDLE_MS) return "idle";
  return "active";
}

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const SIGN_IN_FREE_FAILURES = 5;
const MAX_LOCK_MS = 60 * 60_000;

/**
 * Back-off after repeated failed sign-ins for one username: five tries are free within the
 * window, then each further failure doubles the wait (1, 2, 4 … minutes, capped at an hour)
 * counted from the latest failure.
 */
export function signInLockout(failures: Date[], now: Date): { retryAfterSeconds: number } | null {
  const recent = failures.filter((at) => now.getTime() - at.getTime() < SIGN_IN_WINDOW_MS);
  if (recent.length < SIGN_IN_FREE_FAILURES) return null;
  const latest = Math.max(...recent.map((d) => d.getTime()));
  const lockMs = Math.min(MAX_LOCK_MS, 60_000 * 2 ** (recent.length - SIGN_IN_FREE_FAILURES));
  const remaining = latest + lockMs - now.getTime();
  return remaining > 0 ? { retryAfterSeconds: Math.ceil(remaining / 1000) } : null;
}

const ADMIN_ROLES: readonly StaffRole[] = ["district_admin", "community_admin"];
export const isAdmin = (role: StaffRole) => ADMIN_ROLES.includes(role);

/** Which roles an admin may give to a community's staff; district admins are made by the district. */
export function assignableRoles(actor: StaffRole): StaffRole[] {
  if (actor === "district_admin" || actor === "community_admin") {
    return ["community_admin", "canteen_staff", "station_keeper", "baby_room_staff"];
  }
  return [];
}

export type Scope = { districtId: string; communityId: string | null; role: StaffRole };

/** Staff see only their own community; district admins see every community of their district. */
export function canAccessCommunity(who: Scope, community: { id: string; districtId: string }) {
  if (who.role === "district_admin") return who.districtId === community.districtId;
  return who.communityId === community.id;
}
