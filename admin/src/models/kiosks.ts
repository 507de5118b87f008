import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { api } from "../api";
import { communityId } from "./community";
import { may } from "./permissions";

const endpoint = api.communities[":communityId"].kiosks;

export const kiosks = resource(
  () => (may.kiosks.value ? communityId.value : null),
  async (id) => (await unwrap(endpoint.$get({ param: { communityId: id } }))).kiosks,
);

export type Kiosk = NonNullable<typeof kiosks.data.value>[number];

export async function createKiosk(id: string, json: { name: string; facilityId: string }) {
  const created = await unwrap(endpoint.$post({ param: { communityId: id }, json }));
  await kiosks.reload();
  return created;
}

export async function revokeKiosk(id: string, kioskId: string) {
  await unwrap(endpoint[":kioskId"].revoke.$post({ param: { communityId: id, kioskId } }));
  await kiosks.reload();
}

export type NewKiosk = Awaited<ReturnType<typeof createKiosk>>;
