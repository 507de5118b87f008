import { asc, eq } from "drizzle-orm";
import { babySessionTypes, type BabySessionKind } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { findInCommunity } from "../../shared/find-in-community";
import { isUniqueViolation } from "../../shared/db-errors";
import { DomainError } from "../../shared/errors";
import { loadBabyRoom, newRoomRow } from "../load-baby-room";

export type SessionTypeInput = {
  kind: BabySessionKind;
  name: string;
  minutes: number;
  minAgeMonths: number;
  maxAgeMonths: number;
  ratio: number;
  guardianStays: boolean;
  usesAllowance: boolean;
  priceFen: number;
};

const nameTaken = () => new DomainError("conflict", "NAME_TAKEN", "A session type of this name exists");

function checkBand(input: SessionTypeInput) {
  if (input.maxAgeMonths <= input.minAgeMonths)
    throw new DomainError("unprocessable", "INVALID_AGE_BAND", "The upper age must be above the lower age");
}

export async function listSessionTypes({ db }: Pick<Deps, "db">, { facilityId }: { facilityId: string }) {
  return db
    .select()
    .from(babySessionTypes)
    .where(eq(babySessionTypes.facilityId, facilityId))
    .orderBy(asc(babySessionTypes.name));
}

export async function addSessionType(
  deps: Deps,
  { actor, communityId, ...input }: { actor: StaffPrincipal; communityId: string } & SessionTypeInput,
) {
  checkBand(input);
  const room = await loadBabyRoom(deps, { communityId });
  const row = newRoomRow(deps, room, input);
  try {
    await deps.db.batch([
      deps.db.insert(babySessionTypes).values(row),
      auditInsert(deps, {
        actor,
        communityId,
        action: "baby_room.add_session_type",
        entity: "baby_session_type",
        entityId: row.id,
        after: input,
      }),
    ]);
  } catch (err) {
    throw isUniqueViolation(err) ? nameTaken() : err;
  }
  return row;
}

/** Changes apply to sessions made from now on and to the age fit of every session of the type. */
export async function updateSessionType(
  deps: Deps,
  {
    actor,
    communityId,
    typeId,
    ...input
  }: { actor: StaffPrincipal; communityId: string; typeId: string } & SessionTypeInput,
) {
  checkBand(input);
  const before = await findInCommunity(deps, babySessionTypes, { id: typeId, communityId }, "Session type");
  const where = eq(babySessionTypes.id, typeId);
  try {
    await deps.db.batch([
      deps.db.update(babySessionTypes).set(input).where(where),
      auditInsert(deps, {
        actor,
        communityId,
        action: "baby_room.update_session_type",
        entity: "baby_session_type",
        entityId: typeId,
        before,
        after: input,
      }),
    ]);
  } catch (err) {
    throw isUniqueViolation(err) ? nameTaken() : err;
  }
  return { ...before, ...input };
}
