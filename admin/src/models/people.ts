import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { api } from "../api";
import { serverNow } from "../lib/local-date";
import { communityId } from "./community";
import { may } from "./permissions";

const community = api.communities[":communityId"];
const param = (id: string) => ({ param: { communityId: id } });

// Keyed on the community only when this role may list them, so nobody asks for a refusal.
export const residents = resource(
  () => (may.residents.value ? communityId.value : null),
  async (id) => (await unwrap(community.residents.$get(param(id)))).residents,
);
export const couriers = resource(
  () => (may.couriers.value ? communityId.value : null),
  async (id) => (await unwrap(community.couriers.$get(param(id)))).couriers,
);
export const children = resource(
  () => (may.children.value ? communityId.value : null),
  async (id) => (await unwrap(community.children.$get(param(id)))).children,
);

export type Resident = NonNullable<typeof residents.data.value>[number];
export type Courier = NonNullable<typeof couriers.data.value>[number];
export type Child = NonNullable<typeof children.data.value>[number];
export type NewResident = Parameters<typeof community.residents.$post>[0]["json"];
export type NewCourier = Parameters<typeof community.couriers.$post>[0]["json"];
export type NewChild = Parameters<typeof community.children.$post>[0]["json"];
export type PersonKind = "resident" | "courier" | "child";
export type PersonRef = { kind: PersonKind; id: string };

export async function addResident(id: string, json: NewResident) {
  const created = await unwrap(community.residents.$post({ ...param(id), json }));
  await residents.reload();
  return created;
}

export async function addCourier(id: string, json: NewCourier) {
  const created = await unwrap(community.couriers.$post({ ...param(id), json }));
  await couriers.reload();
  return created;
}

export async function addChild(id: string, json: NewChild) {
  const created = await unwrap(community.children.$post({ ...param(id), json }));
  await children.reload();
  return created;
}

export async function setCourierStatus(
  id: string,
  courierId: string,
  json: { verified?: boolean; suspended?: boolean },
) {
  const updated = await unwrap(
    community.couriers[":courierId"].$patch({ param: { communityId: id, courierId }, json }),
  );
  couriers.data.value = couriers.data.value?.map((c) => (c.id === updated.id ? { ...c, ...updated } : c));
  return updated;
}

/** Passes and face state changed on the server: lists show them, so read them again. */
export const reloadPeople = () => Promise.all([residents.reload(), couriers.reload()]);

// PIPL art. 28 treats under-14s' data as sensitive; the product enrols no child's face, and
// some children are registered as residents (a household member), so their age decides.
const FACE_MIN_AGE = 14;

/** Whether face entry may be offered: couriers (adults by their job) and residents aged 14 or more. */
export function mayOfferFace(person: object, today = serverNow()) {
  if (!("birthDate" in person) || typeof person.birthDate !== "string") return true;
  const [y, m, d] = person.birthDate.split("-").map(Number) as [number, number, number];
  const hadBirthday = today.getMonth() + 1 > m || (today.getMonth() + 1 === m && today.getDate() >= d);
  return today.getFullYear() - y - (hadBirthday ? 0 : 1) >= FACE_MIN_AGE;
}
