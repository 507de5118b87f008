import { and, eq, isNull } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { PersonKind } from "../../db/schema";

type HeldByPerson = { communityId: SQLiteColumn; holderKind: SQLiteColumn; holderId: SQLiteColumn };

/**
 * Credential rows still in force (printed passes, phone-pass keys, face consents): `endedAt`
 * (revoked, withdrawn) not set, in this community, held by one person, or by anyone of a kind
 * when `who` has no id.
 */
export const inForceFor = (
  table: HeldByPerson,
  endedAt: SQLiteColumn,
  { communityId, who }: { communityId: string; who: { kind: PersonKind; id?: string } },
) =>
  and(
    eq(table.communityId, communityId),
    eq(table.holderKind, who.kind),
    who.id === undefined ? undefined : eq(table.holderId, who.id),
    isNull(endedAt),
  );
