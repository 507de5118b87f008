import { sql } from "drizzle-orm";
import pkg from "../../package.json";
import type { Deps } from "../shared/context";

export async function checkHealth({ db }: Deps) {
  try {
    await db.all(sql`select 1`);
    return { ok: true, db: "ok" as const, version: pkg.version };
  } catch {
    return { ok: false, db: "unreachable" as const, version: pkg.version };
  }
}
