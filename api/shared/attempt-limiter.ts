import { and, eq, gte, sql } from "drizzle-orm";
import { signInFailures } from "../../db/schema";
import { SIGN_IN_WINDOW_MS, signInLockout } from "../staff/rules";
import type { Deps } from "./context";

/**
 * Claim first, then check: an attempt is written before the slow or guessable check it guards
 * (a password hash, a pairing code), and only the attempts claimed before it count towards its
 * back-off. Forty guesses sent at once are forty claims in one order: the first five are checked,
 * the rest wait, however the requests interleave. Rows live in sign_in_failures, keyed by subject
 * ("<username>", "pairing").
 */
export async function claimAttempt({ db, clock }: Pick<Deps, "db" | "clock">, subject: string) {
  const now = clock.now();
  const id = crypto.randomUUID();
  await db.insert(signInFailures).values({ id, username: subject, at: now });
  // rowid is the order the claims were written in, the same on libSQL and D1.
  const earlier = await db
    .select({ at: signInFailures.at })
    .from(signInFailures)
    .where(
      and(
        eq(signInFailures.username, subject),
        gte(signInFailures.at, new Date(now.getTime() - SIGN_IN_WINDOW_MS)),
        sql`rowid < (SELECT rowid FROM sign_in_failures WHERE id = ${id})`,
      ),
    );
  const locked = signInLockout(
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
