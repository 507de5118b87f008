import { assertMayForPeople } from "../staff/guard";
import { rotatingKeys } from "../../db/schema";
import { inForceFor } from "./in-force";
import { findPerson, type PersonRef } from "../people/find-person";
import { auditInsert } from "../staff/audit";
import type { Deps, StaffPrincipal } from "../shared/context";
import { fromBase64Url, randomToken } from "../shared/crypto";
import { encryptBytes } from "../shared/data-key";
import { notFound } from "../shared/errors";

/**
 * A phone pass: a per-person HMAC key the phone keeps and turns into a code every 30 s.
 * The key is handed over once (as a link the resident opens on their phone); issuing a new
 * one revokes the old.
 */
export async function issuePhonePass(
  deps: Deps,
  { actor, communityId, holder }: { actor: StaffPrincipal; communityId: string; holder: PersonRef },
) {
  const { db, clock, config } = deps;
  assertMayForPeople(actor, [holder.kind], "issue_pass"); // a pass can buy a meal on the holder's card
  const person = await findPerson({ db }, { communityId, ref: holder });
  if (!person) throw notFound("Person");
  const keyId = randomToken(12);
  const secret = randomToken(32);
  const now = clock.now();
  await db.batch([
    db
      .update(rotatingKeys)
      .set({ revokedAt: now })
      .where(inForceFor(rotatingKeys, rotatingKeys.revokedAt, { communityId, who: person })),
    db.insert(rotatingKeys).values({
      id: keyId,
      communityId,
      holderKind: person.kind,
      holderId: person.id,
      secretCiphertext: await encryptBytes(config, fromBase64Url(secret)),
      createdAt: now,
    }),
    auditInsert(deps, {
      actor,
      communityId,
      action: "phone_pass.issue",
      entity: person.kind,
      entityId: person.id,
      after: { keyId },
    }),
  ]);
  return { keyId, secret, name: person.name, link: `/kiosk/phone-pass.html#${keyId}.${secret}` };
}
