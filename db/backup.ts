import { sql } from "drizzle-orm";
import type { Db } from "./client";

/**
 * A consistent copy of a libSQL file database while the server keeps serving: SQLite's
 * `VACUUM INTO` reads one snapshot (WAL lets writers go on) and writes a compact new file, which
 * must not exist yet. D1 and Turso keep their own point-in-time history instead (README.md).
 */
export async function backupTo(db: Db, target: string) {
  if (/['\0]/.test(target)) throw new Error("A backup path may not contain quotes");
  await db.run(sql.raw(`VACUUM INTO '${target}'`));
}
