import type { staff } from "../../db/schema";

/** What the API shows of a staff account: never the password hash. */
export const toStaffView = (s: typeof staff.$inferSelect) => ({
  id: s.id,
  username: s.username,
  displayName: s.displayName,
  role: s.role,
  communityId: s.communityId,
  districtId: s.districtId,
  disabled: s.disabledAt !== null,
});

export type StaffView = ReturnType<typeof toStaffView>;
