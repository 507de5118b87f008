import { inJsonList } from "../../db/json-list";
import { and, eq } from "drizzle-orm";
import { childGuardians, children, couriers, residents, type ResidentGroup } from "../../db/schema";
import { auditInsert } from "../staff/audit";
import type { Deps, StaffPrincipal } from "../shared/context";
import { findInCommunity } from "../shared/find-in-community";
import { DomainError } from "../shared/errors";
import { assertGroupsKnown } from "./resident-groups";
import { newId } from "../shared/crypto";

export type NewResident = {
  name: string;
  birthDate: string;
  gender: "female" | "male";
  phone?: string;
  address?: string;
  grid?: string;
  groups: ResidentGroup[];
};
export type NewCourier = {
  name: string;
  phone: string;
  platform: (typeof couriers.$inferInsert)["platform"];
  gender: "female" | "male";
};
export type NewChild = { name: string; birthDate: string; guardians: { residentId: string; relation: string }[] };

/** One new person and its audit entry in one batch; the audit names what changed but never holds a phone or address. */
async function addPerson<T extends typeof residents | typeof couriers>(
  deps: Deps,
  actor: StaffPrincipal,
  communityId: string,
  table: T,
  entity: "resident" | "courier",
  input: object,
  audited: Record<string, unknown>,
) {
  const row = { id: newId(), communityId, ...input, createdAt: deps.clock.now() } as T["$inferInsert"] & {
    id: string;
  };
  await deps.db.batch([
    deps.db.insert(table).values(row),
    auditInsert(deps, { actor, communityId, action: `${entity}.create`, entity, entityId: row.id, after: audited }),
  ]);
  return { id: row.id, name: (input as { name: string }).name };
}

/** A resident's groups must be in the community's registry (built-in or staff-defined). */
export async function addResident(deps: Deps, actor: StaffPrincipal, communityId: string, input: NewResident) {
  await assertGroupsKnown(deps, { communityId, codes: input.groups });
  return addPerson(deps, actor, communityId, residents, "resident", input, { name: input.name, groups: input.groups });
}

/** Couriers start unverified: their pass works only after staff verify them. */
export const addCourier = (deps: Deps, actor: StaffPrincipal, communityId: string, input: NewCourier) =>
  addPerson(deps, actor, communityId, couriers, "courier", input, { name: input.name, platform: input.platform });

export async function setCourierStatus(
  deps: Deps,
  {
    actor,
    communityId,
    courierId,
    change,
  }: {
    actor: StaffPrincipal;
    communityId: string;
    courierId: string;
    change: { verified?: boolean; suspended?: boolean };
  },
) {
  const { db, clock } = deps;
  const current = await findInCommunity(deps, couriers, { id: courierId, communityId }, "Courier");
  const now = clock.now();
  const set = {
    ...(change.verified !== undefined && { verifiedAt: change.verified ? (current.verifiedAt ?? now) : null }),
    ...(change.suspended !== undefined && { suspendedAt: change.suspended ? (current.suspendedAt ?? now) : null }),
  };
  const status = (c: typeof current) => ({ verified: c.verifiedAt !== null, suspended: c.suspendedAt !== null });
  const [before, after] = [status(current), status({ ...current, ...set })];
  await db.batch([
    db.update(couriers).set(set).where(eq(couriers.id, courierId)),
    auditInsert(deps, {
      actor,
      communityId,
      action: "courier.status",
      entity: "courier",
      entityId: courierId,
      before,
      after,
    }),
  ]);
  return { id: courierId, ...after };
}

export async function addChild(
  deps: Deps,
  { actor, communityId, ...input }: { actor: StaffPrincipal; communityId: string } & NewChild,
) {
  const ids = input.guardians.map((g) => g.residentId);
  if (new Set(ids).size !== ids.length)
    throw new DomainError("conflict", "DUPLICATE_GUARDIAN", "The same resident is listed twice as a guardian");
  const found = await deps.db
    .select({ id: residents.id })
    .from(residents)
    .where(and(eq(residents.communityId, communityId), inJsonList(residents.id, ids)));
  if (found.length !== new Set(ids).size)
    throw new DomainError("unprocessable", "GUARDIAN_UNKNOWN", "Every guardian must be a resident of this community");
  const row = {
    id: newId(),
    communityId,
    name: input.name,
    birthDate: input.birthDate,
    createdAt: deps.clock.now(),
  };
  await deps.db.batch([
    deps.db.insert(children).values(row),
    deps.db.insert(childGuardians).values(input.guardians.map((g) => ({ childId: row.id, ...g }))),
    auditInsert(deps, {
      actor,
      communityId,
      action: "child.create",
      entity: "child",
      entityId: row.id,
      after: { name: row.name, guardians: ids },
    }),
  ]);
  return { id: row.id, name: row.name };
}
