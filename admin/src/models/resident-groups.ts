import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { api } from "../api";
import { tryT } from "../i18n";
import { communityId } from "./community";
import { may } from "./permissions";

const community = api.communities[":communityId"];

/** The community's group registry: 低保, 特困, 残疾, 优抚 and the groups its staff defined. */
export const residentGroups = resource(
  () => (may.residents.value ? communityId.value : null),
  async (id) => (await unwrap(community["resident-groups"].$get({ param: { communityId: id } }))).items,
);

export type ResidentGroup = NonNullable<typeof residentGroups.data.value>[number];

/** A group's name in the staff's language: the catalogue's for the built-in four, the staff's own name otherwise. */
export const groupName = (code: string) =>
  tryT(`group.${code}`) ?? residentGroups.data.value?.find((g) => g.code === code)?.name ?? code;

export async function addResidentGroup(id: string, name: string) {
  const created = await unwrap(community["resident-groups"].$post({ param: { communityId: id }, json: { name } }));
  await residentGroups.reload();
  return created;
}
