import type { Deps } from "../shared/context";
import { inJsonList } from "../../db/json-list";
import { and, eq } from "drizzle-orm";
import { children, couriers, residents, type PersonKind } from "../../db/schema";

export type PersonRef = { kind: PersonKind; id: string };
export type Person = PersonRef & {
  name: string;
  birthDate: string | null;
  eligible: boolean;
  refusal?: "COURIER_NOT_VERIFIED" | "COURIER_SUSPENDED";
};

const tables = { resident: residents, courier: couriers, child: children } as const;

/** The people behind refs, within one community; refs of another community are simply absent. */
export async function findPeople(
  { db }: Pick<Deps, "db">,
  { communityId, refs }: { communityId: string; refs: PersonRef[] },
): Promise<Person[]> {
  const found: Person[] = [];
  for (const kind of ["resident", "courier", "child"] as const) {
    const ids = refs.filter((r) => r.kind === kind).map((r) => r.id);
    if (ids.length === 0) continue;
    const table = tables[kind];
    const rows = await db
      .select()
      .from(table)
      .where(and(eq(table.communityId, communityId), inJsonList(table.id, ids)));
    for (const row of rows)
      found.push({
        kind,
        id: row.id,
        name: row.name,
        birthDate: "birthDate" in row ? row.birthDate : null,
        ...courierEligibility(kind, row),
      });
  }
  return found;
}

export async function findPerson(
  { db }: Pick<Deps, "db">,
  { communityId, ref }: { communityId: string; ref: PersonRef },
) {
  return (await findPeople({ db }, { communityId, refs: [ref] }))[0] ?? null;
}

/** A courier's pass works only once staff have verified them, and not while suspended. */
function courierEligibility(kind: PersonKind, row: object): Pick<Person, "eligible" | "refusal"> {
  if (kind !== "courier") return { eligible: true };
  const c = row as typeof couriers.$inferSelect;
  if (c.suspendedAt) return { eligible: false, refusal: "COURIER_SUSPENDED" };
  if (!c.verifiedAt) return { eligible: false, refusal: "COURIER_NOT_VERIFIED" };
  return { eligible: true };
}
