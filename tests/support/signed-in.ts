import type { StaffRole } from "../../db/schema";
import { makeCommunity, makeStaff } from "./factories";
import { createTestApp, signInAs, type TestApp } from "./test-app";

export type Community = Awaited<ReturnType<typeof makeCommunity>>;

/** A new staff member of the community with the role, signed in: their row and session cookie. */
export async function signedInStaff(
  t: TestApp,
  community: Parameters<typeof makeStaff>[1],
  role: StaffRole = "community_admin",
) {
  const staff = await makeStaff(t.db, community, role);
  return { ...staff, cookie: await signInAs(t, staff.username, staff.password) };
}

/** A fresh app with one community (and its canteen facility), no one signed in yet. */
export async function appWithCommunity(start?: string) {
  const t = await createTestApp(start);
  return { t, community: await makeCommunity(t.db) };
}

/**
 * Where most API tests start: a fresh app with one community and its admin signed in, for
 * `beforeAll(async () => ({ t, community, cookie } = await communityWithAdmin()))`.
 */
export async function communityWithAdmin(start?: string) {
  const { t, community } = await appWithCommunity(start);
  const admin = await signedInStaff(t, community);
  return { t, community, admin, cookie: admin.cookie };
}

export type SignedInStaff = Awaited<ReturnType<typeof signedInStaff>>;
