import { and, eq } from "drizzle-orm";
import type { StaffRole } from "../../db/schema";
import { staff, staffSessions } from "../../db/schema";
import type { Deps, StaffPrincipal } from "../shared/context";
import { DomainError, forbidden, notFound } from "../shared/errors";
import { auditInsert } from "./audit";
import { hashPassword } from "./password";
import { assignableRoles } from "./rules";
import { toStaffView } from "./staff-view";

export type UpdateStaffInput = { displayName?: string; role?: StaffRole; disabled?: boolean; password?: string };

export async function updateStaff(
  deps: Deps,
  {
    actor,
    communityId,
    staffId,
    ...input
  }: { actor: StaffPrincipal; communityId: string; staffId: string } & UpdateStaffInput,
) {
  const { db, clock } = deps;
  const [current] = await db
    .select()
    .from(staff)
    .where(and(eq(staff.id, staffId), eq(staff.communityId, communityId)))
    .limit(1);
  if (!current) throw notFound("Staff member");
  if (input.role && !assignableRoles(actor.role).includes(input.role)) throw forbidden("You may not give this role");
  if (staffId === actor.id && (input.disabled || (input.role && input.role !== current.role))) {
    throw new DomainError("unprocessable", "CANNOT_CHANGE_SELF", "You cannot disable yourself or change your own role");
  }
  const changes = {
    ...(input.displayName !== undefined && { displayName: input.displayName.trim() }),
    ...(input.role !== undefined && { role: input.role }),
    ...(input.disabled !== undefined && { disabledAt: input.disabled ? (current.disabledAt ?? clock.now()) : null }),
    ...(input.password !== undefined && { passwordHash: await hashPassword(input.password) }),
  };
  const updated = { ...current, ...changes };
  const before = toStaffView(current);
  const after = toStaffView(updated);
  const endsSessions = input.disabled || input.password !== undefined || (input.role && input.role !== current.role);
  await db.batch([
    db.update(staff).set(changes).where(eq(staff.id, staffId)),
    // A disabled account, a new password or a new role ends every open session of that person.
    ...(endsSessions
      ? [db.update(staffSessions).set({ revokedAt: clock.now() }).where(eq(staffSessions.staffId, staffId))]
      : []),
    auditInsert(deps, {
      actor,
      communityId,
      action: input.password !== undefined ? "staff.update+password" : "staff.update",
      entity: "staff",
      entityId: staffId,
      before,
      after,
    }),
  ]);
  return after;
}
