import { batch, computed, signal } from "@preact/signals";
import { unwrap } from "@ui/api-client";
import { api } from "../api";
import { followServerClock } from "../lib/local-date";

export type Me = Awaited<ReturnType<typeof fetchMe>>["staff"];
export type StaffRole = Me["role"];

const fetchMe = async () => unwrap(api.auth.me.$get());
const fetchPermissions = async () => (await unwrap(api.auth.permissions.$get())).mine;
export type RolePermissions = Awaited<ReturnType<typeof fetchPermissions>>;

/** undefined while asking the API who is signed in; null when nobody is. */
export const me = signal<Me | null | undefined>(undefined);
/** The signed-in role's row of the API's own permissions table (GET /api/auth/permissions). */
export const myPermissions = signal<RolePermissions | null>(null);

/** Who is signed in and what the API lets them do arrive together, so no page shows before its rights. */
async function signedIn({ staff, now }: { staff: Me; now: string }) {
  followServerClock(now);
  const permissions = await fetchPermissions();
  batch(() => {
    myPermissions.value = permissions;
    me.value = staff;
  });
}
export const isAdmin = computed(() => me.value?.role === "district_admin" || me.value?.role === "community_admin");

export async function loadMe() {
  try {
    await signedIn(await fetchMe());
  } catch {
    me.value = null;
  }
}

export async function signIn(username: string, password: string) {
  await signedIn(await unwrap(api.auth["sign-in"].$post({ json: { username, password } })));
}

/** Only forgets the session once the API has revoked it, so a failed sign-out is not hidden. */
export async function signOut() {
  await unwrap(api.auth["sign-out"].$post());
  signedOut();
}

export const signedOut = () =>
  batch(() => {
    me.value = null;
    myPermissions.value = null;
  });
