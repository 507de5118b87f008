import { type SQL, sql } from "drizzle-orm";
import { insertIf } from "../../db/insert-rows";
import { batchRefusals } from "../../db/schema";
import type { Deps } from "./context";

/** libSQL and D1 word a unique-index violation the same way (SQLite's message). */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    if (/UNIQUE constraint failed/i.test(e.message)) return true;
  }
  return false;
}

/** Which of these trigger RAISE codes aborted the statement or batch, if any. */
export function raisedCode<C extends string>(err: unknown, codes: readonly C[]): C | null {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    const found = codes.find((code) => e instanceof Error && e.message.includes(code));
    if (found) return found;
  }
  return null;
}

/**
 * A statement that aborts its whole batch with `code` unless `condition` holds when it runs
 * (batch_refusals' triggers raise it; a code they do not name raises BATCH_REFUSED). Read it back
 * from the error with raisedCode.
 */
export const refuseUnless = (
  db: Deps["db"],
  code: "BOOKINGS_CHANGED" | "MOVE_TARGET_FULL" | "BATCH_REFUSED",
  condition: SQL,
) => insertIf(db, batchRefusals, { code }, sql`NOT (${condition})`);
