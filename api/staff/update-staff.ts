import { and, eq, exists, isNull, type SQL } from "drizzle-orm";
import type { StaffRole } from "../../db/schema";
import { auditLog, staff, staffSessions } from "../../db/schema";
import type { Deps, StaffPrincipal } from "../shared/context";
import { DomainError, forbidden, notFound } from "../shared/errors";
import { auditInsertIf } from "./audit";
import { hashPassword } from "./password";
import { assignableRoles } from "./rules";
import { toStaffView } from "./staff-view";

export type UpdateStaffInput = { displayName?: string; role?: StaffRole; disabled?: boolean; password?: string };

// A round is lost only to an edit that landed meanwhile, so N editors at once need at most N rounds;
// more than ten admins editing one account at the same moment is not a real office.
const MAX_ROUNDS = 10;

/**
 * Every statement of the edit is conditional on the account still being as it was read, so the
 * audit's "before" is the state the change replaced: a concurrent edit makes this round write
 * nothing at all, and the next round starts from the newer state.
 */
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
  if (input.role && !assignableRoles(actor.role).includes(input.role)) throw forbidden("You may not give this role");
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const [current] = await db
      .select()
      .from(staff)
      .where(and(eq(staff.id, staffId), eq(staff.communityId, communityId)))
      .limit(1);
    if (!current) throw notFound("Staff member");
    if (staffId === actor.id && (input.disabled || (input.role && input.role !== current.role))) {
      throw new DomainError(
        "unprocessable",
        "CANNOT_CHANGE_SELF",
        "You cannot disable yourself or change your own role",
      );
    }
    const changes = {
      ...(input.displayName !== undefined && { displayName: input.displayName.trim() }),
      ...(input.role !== undefined && { role: input.role }),
      ...(input.disabled !== undefined && { disabledAt: input.disabled ? (current.disabledAt ?? clock.now()) : null }),
      ...(passwordHash !== undefined && { passwordHash }),
    };
    const after = toStaffView({ ...current, ...changes });
    const unchanged = asRead(current);
    const stillAsRead = exists(db.select({ id: staff.id }).from(staff).where(unchanged));
    const endsSessions = input.disabled || passwordHash !== undefined || (input.role && input.role !== current.role);
    // The update comes last, so each effect sees the account as read, in the same transaction.
    const [audited] = await db.batch([
      auditInsertIf(deps, {
        actor,
        communityId,
        action: passwordHash !== undefined ? "staff.update+password" : "staff.update",
        entity: "staff",
        entityId: staffId,
        before: toStaffView(current),
        after,
        condition: stillAsRead,
      }).returning({ id: auditLog.id }),
      // A disabled account, a new password or a new role ends every open session of that person.
      ...(endsSessions
        ? [
            db
              .update(staffSessions)
              .set({ revokedAt: clock.now() })
              .where(and(eq(staffSessions.staffId, staffId), stillAsRead)),
          ]
        : []),
      db.update(staff).set(changes).where(unchanged),
    ]);
    if (audited.length > 0) return after;
  }
  throw new DomainError(
    "conflict",
    "EDITED_CONCURRENTLY",
    "The account kept changing while it was being edited; try again",
  );
}

/** The account row exactly as read: every column an edit can change. */
function asRead(row: typeof staff.$inferSelect): SQL {
  return and(
    eq(staff.id, row.id),
    eq(staff.displayName, row.displayName),
    eq(staff.role, row.role),
    eq(staff.passwordHash, row.passwordHash),
    row.disabledAt === null ? isNull(staff.disabledAt) : eq(staff.disabledAt, row.disabledAt),
  ) as SQL;
}
