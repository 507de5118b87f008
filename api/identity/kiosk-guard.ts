import { and, eq, isNull } from "drizzle-orm";
import { createMiddleware } from "hono/factory";
import { kiosks } from "../../db/schema";
import type { AppEnv } from "../shared/context";
import { sha256 } from "../shared/crypto";
import { accessVersionOf, cachedAccess } from "./access-cache";
import { unauthenticated } from "../shared/errors";

const CONTACT_TOUCH_MS = 60_000;

/** Kiosk calls carry the device credential as a bearer token; a revoked kiosk is refused at once. */
export const requireKiosk = createMiddleware<AppEnv>(async (c, next) => {
  const token = c.req.header("authorization")?.match(/^Bearer (\S+)$/)?.[1];
  if (!token) throw unauthenticated("This kiosk is not paired");
  const { db, clock } = c.var.deps;
  const kiosk = await cachedAccess(
    c.var.deps,
    `kiosk\u0000${token}`,
    async () => {
      const [row] = await db
        .select({
          id: kiosks.id,
          communityId: kiosks.communityId,
          facilityId: kiosks.facilityId,
          name: kiosks.name,
          passOnly: kiosks.passOnly,
          doorId: kiosks.doorId,
          doorDirection: kiosks.doorDirection,
          lastSeenAt: kiosks.lastSeenAt,
          access: accessVersionOf(kiosks.communityId),
        })
        .from(kiosks)
        .where(and(eq(kiosks.tokenHash, await sha256(token)), isNull(kiosks.revokedAt)))
        .limit(1);
      return row;
    },
    () => true,
  );
  if (!kiosk) throw unauthenticated("This kiosk is not paired or was revoked");
  const now = clock.now();
  if (!kiosk.lastSeenAt || now.getTime() - kiosk.lastSeenAt.getTime() >= CONTACT_TOUCH_MS) {
    await db.update(kiosks).set({ lastSeenAt: now }).where(eq(kiosks.id, kiosk.id));
    kiosk.lastSeenAt = now;
  }
  c.set("kiosk", {
    id: kiosk.id,
    communityId: kiosk.communityId,
    facilityId: kiosk.facilityId,
    name: kiosk.name,
    passOnly: kiosk.passOnly,
    doorId: kiosk.doorId,
    doorDirection: kiosk.doorDirection,
  });
  await next();
});
