import { asc, eq, sql } from "drizzle-orm";
import { babySessions, babySessionTemplates, babySessionTypes, facilityClosures } from "../../../db/schema";
import { closuresDuring } from "../../booking/closures-during";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { findInCommunity } from "../../shared/find-in-community";
import { DomainError } from "../../shared/errors";
import { addDays, isoWeekday, localDate, localTime, zonedInstant } from "../../shared/time";
import { loadBabyRoom, newRoomRow, type BabyRoom } from "../load-baby-room";
import { sessionCapacity } from "../rules";
import { newId } from "../../shared/crypto";

type SessionType = typeof babySessionTypes.$inferSelect;

export const findType = (deps: Pick<Deps, "db">, communityId: string, typeId: string) =>
  findInCommunity(deps, babySessionTypes, { id: typeId, communityId }, "Session type");

/** A session's name among the room's places: its type, local date and time (unique in the room). */
export const sessionLabel = (type: Pick<SessionType, "name">, startsAt: Date, timeZone: string) =>
  `${type.name} ${localDate(startsAt, timeZone)} ${localTime(startsAt, timeZone)}`;

/**
 * A session is an engine resource (its capacity from the caregivers on duty) plus its calendar row,
 * written together. The resource's label (type, local date and time) is unique in the room, so the
 * same session cannot be made twice; the calendar row is written only with its resource.
 */
function sessionStatements(
  deps: Deps,
  room: BabyRoom,
  type: SessionType,
  startsAt: Date,
  caregivers: number,
  templateId: string | null,
) {
  const { db, clock } = deps;
  const id = newId();
  const endsAt = new Date(startsAt.getTime() + type.minutes * 60_000);
  const label = sessionLabel(type, startsAt, room.timeZone);
  const capacity = sessionCapacity(caregivers, type.ratio, room.policy.roomSize);
  const ts = clock.now().getTime();
  return {
    id,
    endsAt,
    capacity,
    statements: [
      db.run(sql`INSERT INTO resources (id, community_id, facility_id, kind, label, capacity, attributes, in_service, created_at)
        VALUES (${id}, ${room.facility.communityId}, ${room.facility.id}, 'session', ${label}, ${capacity}, ${JSON.stringify({ typeId: type.id })}, 1, ${ts})
        ON CONFLICT DO NOTHING`),
      db.run(sql`INSERT INTO baby_sessions (resource_id, community_id, facility_id, type_id, template_id, starts_at, ends_at, caregivers, created_at)
        SELECT ${id}, ${room.facility.communityId}, ${room.facility.id}, ${type.id}, ${templateId}, ${startsAt.getTime()}, ${endsAt.getTime()}, ${caregivers}, ${ts}
        WHERE EXISTS (SELECT 1 FROM resources WHERE id = ${id})
        ON CONFLICT DO NOTHING`),
    ] as const,
  };
}

export async function addSession(
  deps: Deps,
  {
    actor,
    communityId,
    ...input
  }: { actor: StaffPrincipal; communityId: string } & { typeId: string; startsAt: Date; caregivers: number },
) {
  const room = await loadBabyRoom(deps, { communityId });
  const type = await findType(deps, communityId, input.typeId);
  const made = sessionStatements(deps, room, type, input.startsAt, input.caregivers, null);
  await deps.db.batch([
    ...made.statements,
    auditInsert(deps, {
      actor,
      communityId,
      action: "baby_room.add_session",
      entity: "baby_session",
      entityId: made.id,
      after: { typeId: type.id, startsAt: input.startsAt.toISOString(), caregivers: input.caregivers },
    }),
  ]);
  const [row] = await deps.db.select().from(babySessions).where(eq(babySessions.resourceId, made.id));
  if (!row) throw new DomainError("conflict", "SESSION_EXISTS", "A session of this type already starts at this time");
  return { id: made.id, capacity: made.capacity };
}

export async function addTemplate(
  deps: Deps,
  {
    actor,
    communityId,
    ...input
  }: { actor: StaffPrincipal; communityId: string } & {
    typeId: string;
    weekday: number;
    startTime: string;
    caregivers: number;
  },
) {
  const room = await loadBabyRoom(deps, { communityId });
  await findType(deps, communityId, input.typeId);
  const row = newRoomRow(deps, room, input);
  await deps.db.batch([
    deps.db.insert(babySessionTemplates).values(row),
    auditInsert(deps, {
      actor,
      communityId,
      action: "baby_room.add_template",
      entity: "baby_session_template",
      entityId: row.id,
      after: input,
    }),
  ]);
  return row;
}

/** Weeks made from now on follow the change; the sessions already on the calendar keep theirs (people booked them). */
export async function updateTemplate(
  deps: Deps,
  {
    actor,
    communityId,
    templateId,
    ...input
  }: { actor: StaffPrincipal; communityId: string; templateId: string } & {
    typeId: string;
    weekday: number;
    startTime: string;
    caregivers: number;
  },
) {
  await findType(deps, communityId, input.typeId);
  const before = await findInCommunity(deps, babySessionTemplates, { id: templateId, communityId }, "Template");
  await deps.db.batch([
    deps.db.update(babySessionTemplates).set(input).where(eq(babySessionTemplates.id, templateId)),
    auditInsert(deps, {
      actor,
      communityId,
      action: "baby_room.update_template",
      entity: "baby_session_template",
      entityId: templateId,
      before,
      after: input,
    }),
  ]);
  return { id: templateId, ...input };
}

export async function listTemplates(deps: Deps, { communityId }: { communityId: string }) {
  return deps.db
    .select()
    .from(babySessionTemplates)
    .where(eq(babySessionTemplates.communityId, communityId))
    .orderBy(asc(babySessionTemplates.weekday), asc(babySessionTemplates.startTime));
}

/**
 * The week starting on `monday` from the weekly templates: a session per template, none inside a
 * closure. Running it twice makes each session once.
 */
export async function makeWeek(
  deps: Deps,
  { actor, communityId, monday }: { actor: StaffPrincipal | null; communityId: string; monday: string },
) {
  if (isoWeekday(monday) !== 1) throw new DomainError("unprocessable", "NOT_A_MONDAY", "A week starts on a Monday");
  const room = await loadBabyRoom(deps, { communityId });
  const templates = await deps.db
    .select({ template: babySessionTemplates, type: babySessionTypes })
    .from(babySessionTemplates)
    .innerJoin(babySessionTypes, eq(babySessionTypes.id, babySessionTemplates.typeId))
    .where(eq(babySessionTemplates.facilityId, room.facility.id));
  const closures = await deps.db
    .select()
    .from(facilityClosures)
    .where(
      closuresDuring(room.facility.id, {
        startsAt: zonedInstant(monday, "00:00", room.timeZone),
        endsAt: zonedInstant(addDays(monday, 7), "00:00", room.timeZone),
      }),
    );
  const statements = [];
  for (const { template, type } of templates) {
    const startsAt = zonedInstant(addDays(monday, template.weekday - 1), template.startTime, room.timeZone);
    const endsAt = new Date(startsAt.getTime() + type.minutes * 60_000);
    if (closures.some((c) => c.startsAt < endsAt && c.endsAt > startsAt)) continue;
    statements.push(...sessionStatements(deps, room, type, startsAt, template.caregivers, template.id).statements);
  }
  const audit = actor
    ? [
        auditInsert(deps, {
          actor,
          communityId,
          action: "baby_room.make_week",
          entity: "baby_room",
          entityId: room.facility.id,
          after: { monday },
        }),
      ]
    : [];
  const all = [...statements, ...audit];
  if (all.length) await deps.db.batch(all as [(typeof all)[number], ...(typeof all)[number][]]);
  return { monday, templates: templates.length };
}
