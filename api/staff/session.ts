import { and, eq, isNull } from "drizzle-orm";
import { staff, staffSessions } from "../../db/schema";
import type { Deps, StaffPrincipal } from "../shared/context";
import { randomToken, sha256 } from "../shared/crypto";
import { SESSION_ABSOLUTE_MS, SESSION_TOUCH_MS, sessionState } from "./rules";

export const SESSION_COOKIE = "linli_session";

export async function createSession({ db, clock }: Deps, { staffId }: { staffId: string }) {
  const token = randomToken(32);
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db
    .insert(staffSessions)
    .values({ tokenHash: await sha256(token), staffId, createdAt: now, lastSeenAt: now, expiresAt });
  return { token, expiresAt };
}

/** The signed-in staff member for a cookie token, or null when the session is unknown or over. */
export async function findSessionStaff(
  { db, clock }: Deps,
  { token }: { token: string },
): Promise<StaffPrincipal | null> {
  const tokenHash = await sha256(token);
  const [row] = await db
    .select({ session: staffSessions, staff })
    .from(staffSessions)
    .innerJoin(staff, eq(staff.id, staffSessions.staffId))
    .where(and(eq(staffSessions.tokenHash, tokenHash), isNull(staff.disabledAt)))
    .limit(1);
  if (!row) return null;
  const now = clock.now();
  if (sessionState(row.session, now) !== "active") return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() >= SESSION_TOUCH_MS) {
    await db.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.tokenHash, tokenHash));
  }
  const s = row.staff;
  return {
    id: s.id,
    districtId: s.districtId,
    communityId: s.communityId,
    username: s.username,
    displayName: s.displayName,
    role: s.role,
    sessionTokenHash: tokenHash,
  };
}

export async function revokeSession({ db, clock }: Deps, { tokenHash }: { tokenHash: string }) {
  await db.update(staffSessions).set({ revokedAt: clock.now() }).where(eq(staffSessions.tokenHash, tokenHash));
}
