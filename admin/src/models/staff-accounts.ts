import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { api } from "../api";
import { communityId } from "./community";
import type { StaffRole } from "./session";

/**
 * The roles an admin may give; district admins are made by the district, not here. The form
 * offers the first as its default, so the most powerful role comes last.
 */
export const ASSIGNABLE_ROLES = [
  "canteen_staff",
  "station_keeper",
  "baby_room_staff",
  "community_admin",
] as const satisfies readonly StaffRole[];

export type NewStaff = { username: string; displayName: string; role: StaffRole; password: string };
export type StaffChange = { role?: StaffRole; disabled?: boolean };

const endpoint = api.communities[":communityId"].staff;

export const staffAccounts = resource(
  () => communityId.value,
  async (id) => (await unwrap(endpoint.$get({ param: { communityId: id } }))).staff,
);

export type StaffAccount = NonNullable<typeof staffAccounts.data.value>[number];

export async function addStaff(id: string, input: NewStaff) {
  const created = await unwrap(endpoint.$post({ param: { communityId: id }, json: input }));
  await staffAccounts.reload();
  return created;
}

export async function changeStaff(id: string, staffId: string, change: StaffChange) {
  const updated = await unwrap(endpoint[":staffId"].$patch({ param: { communityId: id, staffId }, json: change }));
  staffAccounts.data.value = staffAccounts.data.value?.map((s) => (s.id === updated.id ? updated : s));
  return updated;
}
