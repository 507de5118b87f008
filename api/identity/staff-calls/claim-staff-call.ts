import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { staffCalls } from "../../../db/schema";
import type { Deps, KioskPrincipal } from "../../shared/context";
import { notFound } from "../../shared/errors";
import { describeSessionPerson, openKioskSession } from "../kiosk-session";

/** The kiosk asks whether staff have identified its caller; the first ask after that opens the session. */
export async function claimStaffCall(deps: Deps, { kiosk, callId }: { kiosk: KioskPrincipal; callId: string }) {
  const { db, clock } = deps;
  const [claimed] = await db
    .update(staffCalls)
    .set({ claimedAt: clock.now() })
    .where(
      and(
        eq(staffCalls.id, callId),
        eq(staffCalls.kioskId, kiosk.id),
        isNotNull(staffCalls.identifiedId),
        isNull(staffCalls.claimedAt),
      ),
    )
    .returning();
  if (claimed?.identifiedKind && claimed.identifiedId) {
    const holder = { kind: claimed.identifiedKind, id: claimed.identifiedId };
    const session = await openKioskSession(deps, { kiosk, holder, method: "staff" });
    return {
      status: "identified" as const,
      session,
      method: "staff" as const,
      ...(await describeSessionPerson({ db }, { kiosk, holder })),
    };
  }
  const [call] = await db
    .select()
    .from(staffCalls)
    .where(and(eq(staffCalls.id, callId), eq(staffCalls.kioskId, kiosk.id)))
    .limit(1);
  if (!call) throw notFound("Call");
  return { status: call.resolvedAt ? ("closed" as const) : ("waiting" as const) };
}
