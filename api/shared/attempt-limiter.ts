import { and, eq, gte, lte, sql } from "drizzle-orm";
import { signInFailures } from "../../db/schema";
import { SIGN_IN_WINDOW_MS, signInLockout } from "../staff/rules";
import type { Deps } from "./context";
import { newId } from "./crypto";

/**
 * How many attempts a subject may make: the window the earlier attempts are read from, and the
 * pure rule that says, from their times, whether this one must wait and for how long.
 */
export type AttemptLimit = {
  windowMs: number;
  lockout: (earlier: Date[], now: Date) => { retryAfterSeconds: number } | null;
};

/** Sign-in and pairing: five free failures, then a doubling back-off (staff/rules.ts). */
export const backOffLimit: AttemptLimit = { windowMs: SIGN_IN_WINDOW_MS, lockout: signInLockout };

/** Claims older than this count towards no limit any more; the duties sweep them. */
const ATTEMPT_TTL_MS = 24 * 60 * 60_000;

/**
 * Claim first, then check: an attempt is written before the slow or guessable check it guards
 * (a password hash, a pairing code, a pass at a door), and only the attempts claimed before it
 * count towards its limit. Forty guesses sent at once are forty claims in one order: the first
 * five are checked, the rest wait, however the requests interleave. Rows live in
 * sign_in_failures, keyed by subject ("user:<username>", "pairing:kiosks", "door:<kioskId>").
 */
export async function claimAttempt(
  { db, clock }: Pick<Deps, "db" | "clock">,
  subject: string,
  limit: AttemptLimit = backOffLimit,
) {
  const now = clock.now();
  const id = newId();
  await db.insert(signInFailures).values({ id, username: subject, at: now });
  // rowid is the order the claims were written in, the same on libSQL and D1.
  const earlier = await db
    .select({ at: signInFailures.at })
    .from(signInFailures)
    .where(
      and(
        eq(signInFailures.username, subject),
        gte(signInFailures.at, new Date(now.getTime() - limit.windowMs)),
        sql`rowid < (SELECT rowid FROM sign_in_failures WHERE id = ${id})`,
      ),
    );
  const locked = limit.lockout(
    earlier.map((f) => f.at),
    now,
  );
  // A refused attempt was never checked, so it does not lengthen the wait.
  if (locked) await releaseAttempt({ db }, id);
  return { id, locked };
}

/** The attempt was not a failure after all (a refusal that checked nothing). */
export async function releaseAttempt({ db }: Pick<Deps, "db">, id: string) {
  await db.delete(signInFailures).where(eq(signInFailures.id, id));
}

/** Success: the subject's earlier failures are forgiven. */
export async function clearAttempts({ db }: Pick<Deps, "db">, subject: string) {
  await db.delete(signInFailures).where(eq(signInFailures.username, subject));
}

/** Claims past every limit's window, for the duties to sweep (a door claims every attempt, not only failures). */
export function sweepAttempts({ db, clock }: Pick<Deps, "db" | "clock">) {
  return db.delete(signInFailures).where(lte(signInFailures.at, new Date(clock.now().getTime() - ATTEMPT_TTL_MS)));
}
