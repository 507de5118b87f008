import { and, eq, gte } from "drizzle-orm";
import { signInFailures, staff } from "../../db/schema";
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

export async function signIn(deps: Deps, input: SignInInput) {
  const { db, clock } = deps;
  const username = input.username.trim().toLowerCase();
  const now = clock.now();
  const recentFailures = () =>
    db
      .select({ at: signInFailures.at })
      .from(signInFailures)
      .where(
        and(eq(signInFailures.username, username), gte(signInFailures.at, new Date(now.getTime() - SIGN_IN_WINDOW_MS))),
      );

  const locked = signInLockout(
    (await recentFailures()).map((f) => f.at),
    now,
  );
  if (locked) throw tooManyTries(locked.retryAfterSeconds);

  const [account] = await db.select().from(staff).where(eq(staff.username, username)).limit(1);
  // Verify even for an unknown name, so timing does not reveal which usernames exist.
  const ok = await verifyPassword(input.password, account?.passwordHash ?? DUMMY_HASH);
  if (!account || !ok || account.disabledAt) {
    await db.insert(signInFailures).values({ id: crypto.randomUUID(), username, at: now });
    const lockedNow = signInLockout(
      (await recentFailures()).map((f) => f.at),
      now,
    );
    if (lockedNow) throw tooManyTries(lockedNow.retryAfterSeconds);
    throw new DomainError("unauthenticated", "INVALID_CREDENTIALS", "Wrong username or password");
  }

  await db.delete(signInFailures).where(eq(signInFailures.username, username));
  if (needsRehash(account.passwordHash)) {
    await db
      .update(staff)
      .set({ passwordHash: await hashPassword(input.password) })
      .where(eq(staff.id, account.id));
  }
  const session = await createSession(deps, account.id);
  return { ...session, staff: toStaffView(account) };
}
