import { computed, signal } from "@preact/signals";
import { unwrap } from "@ui/api-client";
import { api } from "../api";

export type Me = Awaited<ReturnType<typeof fetchMe>>;
export type StaffRole = Me["role"];

const fetchMe = async () => (await unwrap(api.auth.me.$get())).staff;

/** undefined while asking the API who is signed in; null when nobody is. */
export const me = signal<Me | null | undefined>(undefined);
export const isAdmin = computed(() => me.value?.role === "district_admin" || me.value?.role === "community_admin");

export async function loadMe() {
  try {
    me.value = await fetchMe();
  } catch {
    me.value = null;
  }
}

export async function signIn(username: string, password: string) {
  me.value = (await unwrap(api.auth["sign-in"].$post({ json: { username, password } }))).staff;
}

/** Only forgets the session once the API has revoked it, so a failed sign-out is not hidden. */
export async function signOut() {
  await unwrap(api.auth["sign-out"].$post());
  signedOut();
}

export const signedOut = () => {
  me.value = null;
};
