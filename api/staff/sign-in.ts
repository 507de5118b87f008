import { and, eq, gte } from "drizzle-orm";
import { signInFailures, staff } from "../../db/schema";
import { claimAttempt, clearAttempts } from "../shared/attempt-limiter";
import type { Deps } from "../shared/context";
import { DomainError } from "../shared/errors";
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from "./password";
import { SIGN_IN_WINDOW_MS, signInLockout } from "./rules";
import { createSession } from "./session";
import { toStaffView } from "./staff-view";

export type SignInInput = { username: string; password: string };

const tooManyTries = (retryAfterSeconds: number) =>
  new DomainError(
    "rate_limited",
    "TOO_MANY_ATTEMPTS",
    "Too many failed sign-ins; wait and try again",
    retryAfterSeconds,
  );

async function recentFailureTimes({ db, clock }: Deps, subject: string) {
  const rows = await db
    .select({ at: signInFailures.at })
    .from(signInFailures)
    .where(
      and(
        eq(signInFailures.username, subject),
        gte(signInFailures.at, new Date(clock.now().getTime() - SIGN_IN_WINDOW_MS)),
      ),
    );
  return rows.map((r) => r.at);
}

export async function signIn(deps: Deps, input: SignInInput) {
  const { db, clock } = deps;
  const username = input.username.trim().toLowerCase();
  // The attempt is counted before the slow hash: parallel guesses cannot all slip past the back-off.
  const attempt = await claimAttempt(deps, `user:${username}`);
  if (attempt.locked) throw tooManyTries(attempt.locked.retryAfterSeconds);

  const [account] = await db.select().from(staff).where(eq(staff.username, username)).limit(1);
  // Verify even for an unknown name, so timing does not reveal which usernames exist.
  const ok = await verifyPassword(input.password, account?.passwordHash ?? DUMMY_HASH);
  if (!account || !ok || account.disabledAt) {
    // The claim stays as the failure; if it was the one that tips into back-off, say so now.
    const next = signInLockout(await recentFailureTimes(deps, `user:${username}`), clock.now());
    if (next) throw tooManyTries(next.retryAfterSeconds);
    throw new DomainError("unauthenticated", "INVALID_CREDENTIALS", "Wrong username or password");
  }

  await clearAttempts(deps, `user:${username}`);
  if (needsRehash(account.passwordHash)) {
    await db
      .update(staff)
      .set({ passwordHash: await hashPassword(input.password) })
      .where(eq(staff.id, account.id));
  }
  const session = await createSession(deps, { staffId: account.id });
  return { ...session, staff: toStaffView(account) };
}
