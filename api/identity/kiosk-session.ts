import { and, eq, isNull, sql } from "drizzle-orm";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { prepared } from "../../db/prepared";
import { facilities, kioskSessions, type IdentifyMethod } from "../../db/schema";
import { findPerson, type PersonRef } from "../people/find-person";
import type { AppEnv, Deps, KioskPrincipal } from "../shared/context";
import { randomToken, sha256 } from "../shared/crypto";
import { DomainError } from "../shared/errors";
import { accessVersionOf, cachedAccess } from "./access-cache";
import { KIOSK_SESSION_IDLE_MS, KIOSK_SESSION_TOUCH_MS, kioskActions, sessionIsLive } from "./rules";

export const KIOSK_SESSION_HEADER = "x-kiosk-session";

/** A short session for one identified person, valid on this kiosk only. */
export async function openKioskSession(
  { db, clock }: Deps,
  { kiosk, holder, method }: { kiosk: KioskPrincipal; holder: PersonRef; method: IdentifyMethod },
) {
  const token = randomToken(32);
  const now = clock.now();
  await db.insert(kioskSessions).values({
    tokenHash: await sha256(token),
    kioskId: kiosk.id,
    communityId: kiosk.communityId,
    holderKind: holder.kind,
    holderId: holder.id,
    method,
    startedAt: now,
    lastActivityAt: now,
  });
  return { token, idleSeconds: KIOSK_SESSION_IDLE_MS / 1000 };
}

const sessionRow = prepared((db) =>
  db
    .select({
      tokenHash: kioskSessions.tokenHash,
      communityId: kioskSessions.communityId,
      holderKind: kioskSessions.holderKind,
      holderId: kioskSessions.holderId,
      method: kioskSessions.method,
      lastActivityAt: kioskSessions.lastActivityAt,
      endedAt: kioskSessions.endedAt,
      access: accessVersionOf(kioskSessions.communityId),
    })
    .from(kioskSessions)
    .where(
      and(
        eq(kioskSessions.tokenHash, sql.placeholder("tokenHash")),
        eq(kioskSessions.kioskId, sql.placeholder("kioskId")),
      ),
    )
    .limit(1),
);

const sessionOver = () => new DomainError("unauthenticated", "KIOSK_SESSION_OVER", "Please identify yourself again");

/** For kiosk calls made on behalf of a person: the session must be live and opened on this kiosk. */
export const requireKioskSession = createMiddleware<AppEnv>(async (c, next) => {
  const token = c.req.header(KIOSK_SESSION_HEADER);
  if (!token) throw sessionOver();
  const { db, clock } = c.var.deps;
  const now = clock.now();
  const session = await cachedAccess(
    c.var.deps,
    `session\u0000${c.var.kiosk.id}\u0000${token}`,
    async () => {
      const [row] = await sessionRow.of(db).all({ tokenHash: await sha256(token), kioskId: c.var.kiosk.id });
      return row;
    },
    // Idle by this cache's last touch: asked again, as another process or isolate may have touched it since.
    (s) => sessionIsLive(s, now),
  );
  if (!session || !sessionIsLive(session, now)) throw sessionOver();
  const { tokenHash } = session;
  // Refresh at most every ten seconds: a write per request would cost more than the two minutes need.
  if (now.getTime() - session.lastActivityAt.getTime() >= KIOSK_SESSION_TOUCH_MS) {
    await db.update(kioskSessions).set({ lastActivityAt: now }).where(eq(kioskSessions.tokenHash, tokenHash));
    session.lastActivityAt = now;
  }
  c.set("kioskSession", {
    tokenHash,
    holder: { kind: session.holderKind, id: session.holderId },
    method: session.method,
  });
  await next();
});

/**
 * The session's person, for facilities that serve residents only (the canteen, the study room):
 * a courier's session there is refused with the facility's own words.
 */
export function sessionResident(c: Context<AppEnv>, refusal: string) {
  const { holder } = c.var.kioskSession;
  if (holder.kind !== "resident") throw new DomainError("forbidden", "RESIDENTS_ONLY", refusal);
  return { kind: "resident" as const, id: holder.id };
}

/**
 * A kiosk verb's "where and on what": the kiosk's community and the path's ids, for
 * `verb(deps, { ...kioskAct(c), holder })`.
 */
export const kioskAct = <E extends AppEnv, P extends string, I extends { out: { param: object } }>(
  c: Context<E, P, I>,
) => ({ communityId: c.var.kiosk.communityId, ...c.req.valid("param") });

export async function endKioskSession({ db, clock }: Deps, { tokenHash }: { tokenHash: string }) {
  await db
    .update(kioskSessions)
    .set({ endedAt: clock.now() })
    .where(and(eq(kioskSessions.tokenHash, tokenHash), isNull(kioskSessions.endedAt)));
}

/** Greeting data: the person's name and what they can do at this kiosk's facility. */
export async function describeSessionPerson(
  { db }: Pick<Deps, "db">,
  { kiosk, holder }: { kiosk: KioskPrincipal; holder: PersonRef },
) {
  const person = await findPerson({ db }, { communityId: kiosk.communityId, ref: holder });
  if (!person) throw sessionOver();
  const [facility] = await db
    .select({ kind: facilities.kind })
    .from(facilities)
    .where(eq(facilities.id, kiosk.facilityId))
    .limit(1);
  return {
    person: { kind: person.kind, id: person.id, name: person.name },
    actions: facility ? kioskActions(facility.kind, person.kind) : [],
  };
}
