import type { StaffRole } from "../../db/schema";
import { staff } from "../../db/schema";
import { findCommunity } from "../community/find-community";
import type { Deps, StaffPrincipal } from "../shared/context";
import { isUniqueViolation } from "../shared/db-errors";
import { DomainError, forbidden, notFound } from "../shared/errors";
import { auditInsert } from "./audit";
import { hashPassword } from "./password";
import { assignableRoles } from "./rules";
import { toStaffView } from "./staff-view";
import { newId } from "../shared/crypto";

export type CreateStaffInput = { username: string; displayName: string; role: StaffRole; password: string };

export async function createStaff(
  deps: Deps,
  { actor, communityId, ...input }: { actor: StaffPrincipal; communityId: string } & CreateStaffInput,
) {
  if (!assignableRoles(actor.role).includes(input.role)) throw forbidden("You may not give this role");
  const community = await findCommunity(deps, { id: communityId });
  if (!community) throw notFound("Community");
  const row = {
    id: newId(),
    districtId: community.districtId,
    communityId,
    username: input.username.trim().toLowerCase(),
    displayName: input.displayName.trim(),
    role: input.role,
    passwordHash: await hashPassword(input.password),
    createdAt: deps.clock.now(),
  };
  const view = toStaffView({ ...row, disabledAt: null });
  try {
    // One batch: the account and its audit entry land together or not at all.
    await deps.db.batch([
      deps.db.insert(staff).values(row),
      auditInsert(deps, { actor, communityId, action: "staff.create", entity: "staff", entityId: row.id, after: view }),
    ]);
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError("conflict", "USERNAME_TAKEN", "That username is already in use");
    throw err;
  }
  return view;
}
