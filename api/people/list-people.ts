import type { Deps } from "../shared/context";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { childGuardians, children, couriers, faceConsents, passes, residents, type PersonKind } from "../../db/schema";
import { maskAddress, maskPhone } from "../identity/rules";

// Lists mask phone numbers and flats: staff recognise people by name and building; the full
// values are entered at the desk and never shown in lists.
async function identityStatus(db: Db, communityId: string, kind: PersonKind) {
  const [live, consents] = await Promise.all([
    db
      .select({ holderId: passes.holderId })
      .from(passes)
      .where(and(eq(passes.communityId, communityId), eq(passes.holderKind, kind), isNull(passes.revokedAt))),
    db
      .select({ holderId: faceConsents.holderId, templateId: faceConsents.templateId })
      .from(faceConsents)
      .where(
        and(
          eq(faceConsents.communityId, communityId),
          eq(faceConsents.holderKind, kind),
          isNull(faceConsents.withdrawnAt),
        ),
      ),
  ]);
  const withPass = new Set(live.map((p) => p.holderId));
  const face = new Map(consents.map((c) => [c.holderId, c.templateId ? "enrolled" : "consented"] as const));
  return (id: string) => ({ hasPass: withPass.has(id), face: face.get(id) ?? ("none" as const) });
}

export async function listResidents({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
  const [rows, status] = await Promise.all([
    db.select().from(residents).where(eq(residents.communityId, communityId)).orderBy(asc(residents.name)),
    identityStatus(db, communityId, "resident"),
  ]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    birthDate: r.birthDate,
    gender: r.gender,
    grid: r.grid,
    groups: r.groups,
    phone: maskPhone(r.phone),
    address: maskAddress(r.address),
    ...status(r.id),
  }));
}

export async function listCouriers({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
  const [rows, status] = await Promise.all([
    db.select().from(couriers).where(eq(couriers.communityId, communityId)).orderBy(asc(couriers.name)),
    identityStatus(db, communityId, "courier"),
  ]);
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    platform: c.platform,
    gender: c.gender,
    phone: maskPhone(c.phone),
    verified: c.verifiedAt !== null,
    suspended: c.suspendedAt !== null,
    ...status(c.id),
  }));
}

export async function listChildren({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
  const rows = await db
    .select()
    .from(children)
    .where(eq(children.communityId, communityId))
    .orderBy(asc(children.name));
  const links = await db
    .select({
      childId: childGuardians.childId,
      residentId: childGuardians.residentId,
      relation: childGuardians.relation,
      name: residents.name,
    })
    .from(childGuardians)
    .innerJoin(residents, eq(residents.id, childGuardians.residentId))
    .where(eq(residents.communityId, communityId));
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    birthDate: c.birthDate,
    guardians: links
      .filter((l) => l.childId === c.id)
      .map(({ residentId, relation, name }) => ({ residentId, relation, name })),
  }));
}
