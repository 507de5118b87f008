import { and, eq, isNull } from "drizzle-orm";
import { staffCalls } from "../../../db/schema";
import type { Deps, KioskPrincipal } from "../../shared/context";

/** "Call staff": one open call per kiosk, so repeated presses raise one alert, not many. */
export async function raiseStaffCall({ db, clock }: Deps, kiosk: KioskPrincipal) {
  await db
    .insert(staffCalls)
    .values({ id: crypto.randomUUID(), communityId: kiosk.communityId, kioskId: kiosk.id, raisedAt: clock.now() })
    .onConflictDoNothing();
  const [open] = await db
    .select({ id: staffCalls.id, raisedAt: staffCalls.raisedAt })
    .from(staffCalls)
    .where(and(eq(staffCalls.kioskId, kiosk.id), isNull(staffCalls.resolvedAt)))
    .limit(1);
  return { callId: open!.id, raisedAt: open!.raisedAt.toISOString() };
}
