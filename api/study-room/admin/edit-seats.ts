import { and, eq } from "drizzle-orm";
import { resources } from "../../../db/schema";
import { auditInsert } from "../../staff/audit";
import type { Deps, StaffPrincipal } from "../../shared/context";
import { isUniqueViolation } from "../../shared/db-errors";
import { DomainError, notFound } from "../../shared/errors";
import { loadStudyRoom } from "../load-study-room";
import { seatView, type SeatAttributes } from "../seats";
import { newId } from "../../shared/crypto";

export type SeatInput = SeatAttributes & { label: string };

const labelTaken = () => new DomainError("conflict", "SEAT_LABEL_TAKEN", "Another seat already has this label");

/** A new seat on the map, in service at once. */
export async function addSeat(
  deps: Deps,
  { actor, communityId, ...input }: { actor: StaffPrincipal; communityId: string } & SeatInput,
) {
  const { db, clock } = deps;
  const room = await loadStudyRoom({ db, clock }, { communityId });
  const { label, ...attributes } = input;
  const row = {
    id: newId(),
    communityId,
    facilityId: room.facility.id,
    kind: "seat" as const,
    label,
    capacity: 1,
    attributes,
    inService: true,
    createdAt: clock.now(),
  };
  try {
    await db.batch([
      db.insert(resources).values(row),
      auditInsert(deps, {
        actor,
        communityId,
        action: "study_room.add_seat",
        entity: "seat",
        entityId: row.id,
        after: input,
      }),
    ]);
  } catch (err) {
    if (isUniqueViolation(err)) throw labelTaken();
    throw err;
  }
  return seatView(row);
}

/** Move, relabel or change a seat's features; its bookings stay with it. */
export async function updateSeat(
  deps: Deps,
  { actor, communityId, seatId, ...input }: { actor: StaffPrincipal; communityId: string; seatId: string } & SeatInput,
) {
  const { db, clock } = deps;
  const room = await loadStudyRoom({ db, clock }, { communityId });
  const before = room.seats.find((s) => s.id === seatId);
  if (!before) throw notFound("Seat");
  const { label, ...attributes } = input;
  try {
    const [, [row]] = await db.batch([
      auditInsert(deps, {
        actor,
        communityId,
        action: "study_room.update_seat",
        entity: "seat",
        entityId: seatId,
        before,
        after: input,
      }),
      db
        .update(resources)
        .set({ label, attributes })
        .where(and(eq(resources.id, seatId), eq(resources.communityId, communityId)))
        .returning(),
    ]);
    return seatView(row!);
  } catch (err) {
    if (isUniqueViolation(err)) throw labelTaken();
    throw err;
  }
}
