import { and, eq, isNull, sql } from "drizzle-orm";
import { staffCalls } from "../../../db/schema";
import type { Deps, KioskPrincipal } from "../../shared/context";
import { newId } from "../../shared/crypto";

/** "Call staff": one open call per kiosk, so repeated presses raise one alert, not many. */
export async function raiseStaffCall({ db, clock }: Deps, kiosk: KioskPrincipal, opts: { sos?: boolean } = {}) {
  const sos = opts.sos ?? false;
  await db
    .insert(staffCalls)
    .values({ id: newId(), communityId: kiosk.communityId, kioskId: kiosk.id, raisedAt: clock.now(), sos })
    // An SOS pressed while a plain call is open makes the open call urgent.
    .onConflictDoUpdate({
      target: staffCalls.kioskId,
      targetWhere: sql`resolved_at IS NULL`,
      set: { sos: sql`sos OR ${sos ? 1 : 0}` },
    });
  const [open] = await db
    .select({ id: staffCalls.id, raisedAt: staffCalls.raisedAt })
    .from(staffCalls)
    .where(and(eq(staffCalls.kioskId, kiosk.id), isNull(staffCalls.resolvedAt)))
    .limit(1);
  return { callId: open!.id, raisedAt: open!.raisedAt.toISOString() };
}
