import { assertMayForPeople } from "../staff/guard";
import { passes } from "../../db/schema";
import { inForceFor } from "./in-force";
import { findPeople, type PersonRef } from "../people/find-person";
import { auditInsert } from "../staff/audit";
import type { Deps, StaffPrincipal } from "../shared/context";
import { randomToken, sha256, newId } from "../shared/crypto";
import { notFound } from "../shared/errors";
import { isReadableQr } from "./readable-qr";

export const PASS_PREFIX = "LP1";

/** A fresh pass code the kiosk's scanner is known to read (a few random codes are not; see isReadableQr). */
function readablePassCode() {
  // One in twenty is unreadable, so fifty misses in a row means the check itself is broken.
  for (let tries = 0; tries < 50; tries++) {
    const code = `${PASS_PREFIX}.${randomToken(32)}`;
    if (isReadableQr(code)) return code;
  }
  throw new Error("No readable pass code in 50 tries: the QR check is failing");
}

/**
 * New printed passes for these people. Each replaces the holder's previous pass in the same
 * batch, so a lost card stops working the moment its replacement exists. The codes are
 * returned once, for printing; only their hashes are kept.
 */
export async function issuePasses(
  deps: Deps,
  { actor, communityId, holders }: { actor: StaffPrincipal; communityId: string; holders: PersonRef[] },
) {
  const { db, clock } = deps;
  assertMayForPeople(
    actor,
    holders.map((h) => h.kind),
    "issue_pass",
  );
  const people = await findPeople({ db }, { communityId, refs: holders });
  if (people.length !== new Set(holders.map((h) => `${h.kind}:${h.id}`)).size) throw notFound("Person");
  const now = clock.now();
  const issued = people.map((p) => ({ person: p, id: newId(), code: readablePassCode() }));
  const statements = await Promise.all(
    issued.map(
      async ({ person, id, code }) =>
        [
          db
            .update(passes)
            .set({ revokedAt: now })
            .where(inForceFor(passes, passes.revokedAt, { communityId, who: person })),
          db.insert(passes).values({
            id,
            communityId,
            holderKind: person.kind,
            holderId: person.id,
            secretHash: await sha256(code),
            issuedAt: now,
            issuedBy: actor.id,
          }),
          auditInsert(deps, {
            actor,
            communityId,
            action: "pass.issue",
            entity: person.kind,
            entityId: person.id,
            after: { passId: id },
          }),
        ] as const,
    ),
  );
  const [first, ...rest] = statements.flat();
  if (first) await db.batch([first, ...rest]);
  return issued.map(({ person, code }) => ({ kind: person.kind, id: person.id, name: person.name, code }));
}
