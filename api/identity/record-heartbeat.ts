import { eq } from "drizzle-orm";
import { scrubKioskError } from "../../common/kiosk-heartbeat";
import { kiosks } from "../../db/schema";
import type { Deps, KioskPrincipal } from "../shared/context";

type Heartbeat = { version: string; lastError: { message: string; secondsAgo: number } | null };

/**
 * A kiosk says it is alive, which build it runs and its last error. The error is scrubbed again
 * here (whatever a kiosk sends, no name, phone or code is kept) and dated by the server's clock.
 * A heartbeat without an error keeps the last one: staff still see what went wrong an hour ago.
 */
export async function recordHeartbeat(
  { db, clock }: Pick<Deps, "db" | "clock">,
  { kiosk, heartbeat }: { kiosk: KioskPrincipal; heartbeat: Heartbeat },
) {
  const now = clock.now();
  const error = heartbeat.lastError && scrubKioskError(heartbeat.lastError.message);
  await db
    .update(kiosks)
    .set({
      lastSeenAt: now,
      appVersion: heartbeat.version,
      ...(error && {
        lastError: error,
        lastErrorAt: new Date(now.getTime() - (heartbeat.lastError?.secondsAgo ?? 0) * 1000),
      }),
    })
    .where(eq(kiosks.id, kiosk.id));
  return { at: now.toISOString() };
}
