import { computed, signal } from "@preact/signals";
import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { api } from "../api";
import { communityId } from "./community";
import { may } from "./permissions";

const community = api.communities[":communityId"];

/** Whether the role runs any facility: the operations pages are for them. */
export const mayOperate = computed(
  () => may.canteen.value || may.studyRoom.value || may.station.value || may.babyRoom.value,
);

export const closures = resource(
  () => (mayOperate.value ? communityId.value : null),
  async (id) => (await unwrap(community.closures.$get({ param: { communityId: id } }))).closures,
);
export type Closure = NonNullable<typeof closures.data.value>[number];

export async function addClosure(id: string, json: { facilityId: string; from: string; to: string; reason: string }) {
  const made = await unwrap(community.closures.$post({ param: { communityId: id }, json }));
  await closures.reload();
  return made;
}

export async function removeClosure(id: string, closureId: string) {
  await unwrap(community.closures[":closureId"].$delete({ param: { communityId: id, closureId } }));
  await closures.reload();
}

/** The facility and date the capacity page shows. */
export const capacityFacilityId = signal<string | null>(null);
export const capacityDate = signal<string | null>(null);

const capacityEndpoint = community.facilities[":facilityId"].capacity;

export const capacity = resource(
  () => {
    const [c, f, d] = [communityId.value, capacityFacilityId.value, capacityDate.value];
    return mayOperate.value && c && f && d ? `${c}|${f}|${d}` : null;
  },
  async (key) => {
    const [communityId, facilityId, date] = key.split("|") as [string, string, string];
    return unwrap(capacityEndpoint.$get({ param: { communityId, facilityId }, query: { date } }));
  },
);
export type FacilityCapacity = NonNullable<typeof capacity.data.value>;
export type Place = FacilityCapacity["places"][number];

export type CapacityChange = Parameters<typeof capacityEndpoint.dates.$put>[0]["json"];
export async function setCapacityOnDate(id: string, facilityId: string, json: CapacityChange) {
  const made = await unwrap(capacityEndpoint.dates.$put({ param: { communityId: id, facilityId }, json }));
  await capacity.reload();
  return made;
}

export type WeekChange = Parameters<typeof capacityEndpoint.week.$put>[0]["json"];
export async function setCapacityWeek(id: string, facilityId: string, json: WeekChange) {
  const made = await unwrap(capacityEndpoint.week.$put({ param: { communityId: id, facilityId }, json }));
  await capacity.reload();
  return made;
}

export const live = resource(
  () => (mayOperate.value ? communityId.value : null),
  async (id) => unwrap(community.live.$get({ param: { communityId: id } })),
);
export type Live = NonNullable<typeof live.data.value>;
export type LiveAlert = Live["alerts"][number];

const alertEndpoint = community.alerts[":kind"][":alertId"];
export async function acknowledgeAlert(id: string, a: Pick<LiveAlert, "kind" | "id">) {
  await unwrap(alertEndpoint.acknowledge.$post({ param: { communityId: id, kind: a.kind, alertId: a.id } }));
  await live.reload();
}
export async function resolveAlert(id: string, a: Pick<LiveAlert, "kind" | "id">) {
  await unwrap(
    alertEndpoint.resolve.$post({ param: { communityId: id, kind: a.kind, alertId: a.id }, json: { note: "" } }),
  );
  await live.reload();
}

/** The staff's choice for the bookings beyond, naming whom they were shown (the API refuses a choice made on a stale list). */
export type Decision = {
  choice: "keep" | "move" | "cancel";
  seen: string[];
  moveToResourceId?: string;
  moveToDate?: string;
};
