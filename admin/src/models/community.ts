import { computed, effect, signal } from "@preact/signals";
import { unwrap } from "@ui/api-client";
import { byFacilityOrder } from "@ui/facility-order";
import { resource } from "@ui/resource";
import { api } from "../api";
import { me } from "./session";

export const communities = resource(
  () => me.value?.id,
  async () => (await unwrap(api.communities.$get())).communities,
);
communities.watch();

/** Community staff work in their own community; a district admin picks one of the district's. */
export const chosenCommunityId = signal<string | null>(null);
export const communityId = computed(() => me.value?.communityId ?? (me.value ? chosenCommunityId.value : null));
export const community = computed(() => communities.data.value?.find((c) => c.id === communityId.value));

effect(() => {
  if (!me.value) chosenCommunityId.value = null;
});

export type NewCommunity = Parameters<typeof api.communities.$post>[0]["json"];

/** Opens a community and lists it with the others, ready to be chosen. */
export async function openCommunity(input: NewCommunity) {
  const created = await unwrap(api.communities.$post({ json: input }));
  await communities.reload();
  return created;
}

export const facilities = resource(
  () => communityId.value,
  async (id) =>
    (await unwrap(api.communities[":communityId"].facilities.$get({ param: { communityId: id } }))).facilities.sort(
      byFacilityOrder,
    ),
);
facilities.watch();

export type Facility = NonNullable<typeof facilities.data.value>[number];
