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
