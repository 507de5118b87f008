// Diners for the canteen benches: residents of every age, a card for most, a live kiosk session each.
import { randomToken, sha256 } from "../../api/shared/crypto";
import type { Db } from "../../db/client";
import * as t from "../../db/schema";

export type Session = {
  resident: string;
  birthDate: string;
  groups: "low_income"[];
  token: string;
  key: string;
  payment: "meal_card" | "counter";
};

/** Residents of every age (a canteen mostly feeds elders), a card for most, a live kiosk session each. */
export async function makeDiners(
  db: Db,
  community: { id: string },
  kioskId: string,
  count: number,
  now: Date,
): Promise<Session[]> {
  const rows = Array.from({ length: count }, (_, i) => {
    const year = i % 10 === 0 ? 2016 : i % 7 === 0 ? 1985 : 1930 + (i % 36);
    return {
      id: crypto.randomUUID(),
      communityId: community.id,
      name: `居民${i}`,
      birthDate: `${year}-0${1 + (i % 9)}-1${i % 10}`,
      gender: "female" as const,
      groups: i % 20 === 0 ? ["low_income" as const] : [],
      createdAt: now,
    };
  });
  const sessions = await Promise.all(
    rows.map(async (r, i) => ({
      resident: r.id,
      birthDate: r.birthDate,
      groups: r.groups,
      token: randomToken(32),
      key: crypto.randomUUID(),
      payment: i % 3 === 2 ? ("counter" as const) : ("meal_card" as const),
    })),
  );
  const hashes = await Promise.all(sessions.map((s) => sha256(s.token)));
  for (let i = 0; i < count; i += 500) {
    const slice = sessions.slice(i, i + 500);
    await db.batch([
      db.insert(t.residents).values(rows.slice(i, i + 500)),
      db.insert(t.mealCardEntries).values(
        slice
          .filter((s) => s.payment === "meal_card")
          .map((s) => ({
            id: crypto.randomUUID(),
            communityId: community.id,
            residentId: s.resident,
            amountFen: 10_000,
            kind: "top_up" as const,
            method: "cash" as const,
            idempotencyKey: crypto.randomUUID(),
            createdAt: now,
          })),
      ),
      db.insert(t.kioskSessions).values(
        slice.map((s, j) => ({
          tokenHash: hashes[i + j]!,
          kioskId,
          communityId: community.id,
          holderKind: "resident" as const,
          holderId: s.resident,
          method: "qr" as const,
          startedAt: now,
          lastActivityAt: now,
        })),
      ),
    ]);
  }
  return sessions;
}
