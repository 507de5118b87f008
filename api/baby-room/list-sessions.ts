import type { Deps } from "../shared/context";
import { and, asc, eq, gte, lt, sql } from "drizzle-orm";
import { babySessions, babySessionTypes, resources } from "../../db/schema";
import { holding } from "../booking/book";
import { notFound } from "../shared/errors";

const taken = sql<number>`(SELECT coalesce(sum(b.quantity), 0) FROM bookings b WHERE b.resource_id = ${babySessions.resourceId} AND b.status IN (${holding}))`;

const columns = {
  id: babySessions.resourceId,
  typeId: babySessions.typeId,
  templateId: babySessions.templateId,
  startsAt: babySessions.startsAt,
  endsAt: babySessions.endsAt,
  caregivers: babySessions.caregivers,
  capacity: resources.capacity,
  inService: resources.inService,
  taken,
  type: babySessionTypes,
};

/** Sessions starting in [from, to) with their type and the places taken, by start. */
export async function listSessions(
  { db }: Pick<Deps, "db">,
  { facilityId, from, to }: { facilityId: string; from: Date; to: Date },
) {
  const rows = await db
    .select(columns)
    .from(babySessions)
    .innerJoin(resources, eq(resources.id, babySessions.resourceId))
    .innerJoin(babySessionTypes, eq(babySessionTypes.id, babySessions.typeId))
    .where(
      and(eq(babySessions.facilityId, facilityId), gte(babySessions.startsAt, from), lt(babySessions.startsAt, to)),
    )
    .orderBy(asc(babySessions.startsAt), asc(babySessionTypes.name));
  return rows.map((r) => ({ ...r, taken: Number(r.taken) }));
}

export async function findSession(
  { db }: Pick<Deps, "db">,
  { communityId, sessionId }: { communityId: string; sessionId: string },
) {
  const [row] = await db
    .select(columns)
    .from(babySessions)
    .innerJoin(resources, eq(resources.id, babySessions.resourceId))
    .innerJoin(babySessionTypes, eq(babySessionTypes.id, babySessions.typeId))
    .where(and(eq(babySessions.resourceId, sessionId), eq(babySessions.communityId, communityId)))
    .limit(1);
  if (!row) throw notFound("Session");
  return { ...row, taken: Number(row.taken) };
}

export type SessionRow = Awaited<ReturnType<typeof findSession>>;

export const sessionView = (s: SessionRow) => ({
  id: s.id,
  typeId: s.typeId,
  kind: s.type.kind,
  name: s.type.name,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  caregivers: s.caregivers,
  capacity: s.capacity,
  taken: s.taken,
  placesLeft: Math.max(0, s.capacity - s.taken),
  guardianStays: s.type.guardianStays,
  usesAllowance: s.type.usesAllowance,
  priceFen: s.type.priceFen,
  minAgeMonths: s.type.minAgeMonths,
  maxAgeMonths: s.type.maxAgeMonths,
  cancelled: !s.inService,
});
