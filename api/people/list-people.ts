import type { Deps } from "../shared/context";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { childGuardians, children, couriers, faceConsents, passes, residents, type PersonKind } from "../../db/schema";
import { inForceFor } from "../identity/in-force";
import { maskAddress, maskPhone } from "../identity/rules";

// Lists mask phone numbers and flats: staff recognise people by name and building; the full
// values are entered at the desk and never shown in lists.

/** The people of one kind as a list shows them, each with whether they hold a pass and where their face stands. */
async function withIdentityStatus<R extends { id: string }, V>(
  db: Db,
  { communityId, kind }: { communityId: string; kind: PersonKind },
  people: Promise<R[]>,
  view: (person: R) => V,
) {
  const inForce = { communityId, who: { kind } };
  const [rows, live, consents] = await Promise.all([
    people,
    db
      .select({ holderId: passes.holderId })
      .from(passes)
      .where(inForceFor(passes, passes.revokedAt, inForce)),
    db
      .select({ holderId: faceConsents.holderId, templateId: faceConsents.templateId })
      .from(faceConsents)
      .where(inForceFor(faceConsents, faceConsents.withdrawnAt, inForce)),
  ]);
  const withPass = new Set(live.map((p) => p.holderId));
  const face = new Map(consents.map((c) => [c.holderId, c.templateId ? "enrolled" : "consented"] as const));
  return rows.map((r) => ({ ...view(r), hasPass: withPass.has(r.id), face: face.get(r.id) ?? ("none" as const) }));
}

const residentView = (r: typeof residents.$inferSelect) => ({
  id: r.id,
  name: r.name,
  birthDate: r.birthDate,
  gender: r.gender,
  grid: r.grid,
  groups: r.groups,
  phone: maskPhone(r.phone),
  address: maskAddress(r.address),
});

const courierView = (c: typeof couriers.$inferSelect) => ({
  id: c.id,
  name: c.name,
  platform: c.platform,
  gender: c.gender,
  phone: maskPhone(c.phone),
  verified: c.verifiedAt !== null,
  suspended: c.suspendedAt !== null,
});

export async function listResidents({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
  const rows = db.select().from(residents).where(eq(residents.communityId, communityId)).orderBy(asc(residents.name));
  return withIdentityStatus(db, { communityId, kind: "resident" }, rows, residentView);
}

export async function listCouriers({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
  const rows = db.select().from(couriers).where(eq(couriers.communityId, communityId)).orderBy(asc(couriers.name));
  return withIdentityStatus(db, { communityId, kind: "courier" }, rows, courierView);
}

export async function listChildren({ db }: Pick<Deps, "db">, { communityId }: { communityId: string }) {
  const [rows, links] = await Promise.all([
    db.select().from(children).where(eq(children.communityId, communityId)).orderBy(asc(children.name)),
    db
      .select({ link: childGuardians, name: residents.name })
      .from(childGuardians)
      .innerJoin(residents, eq(residents.id, childGuardians.residentId))
      .where(eq(residents.communityId, communityId)),
  ]);
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    birthDate: c.birthDate,
    guardians: links
      .filter(({ link }) => link.childId === c.id)
      .map(({ link, name }) => ({ residentId: link.residentId, relation: link.relation, name })),
  }));
}
