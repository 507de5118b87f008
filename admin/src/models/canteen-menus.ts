import { computed, signal } from "@preact/signals";
import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { addDays, mondayOf, todayIn } from "../lib/local-date";
import { canteenApi, type Sitting } from "./canteen";
import { community, communityId } from "./community";
import { may } from "./permissions";

/** The Monday of the week on screen; null means this week in the community's zone. */
export const chosenWeek = signal<string | null>(null);
export const weekFrom = computed(
  () => chosenWeek.value ?? mondayOf(todayIn(community.value?.timeZone ?? "Asia/Shanghai")),
);

export const menuWeek = resource(
  () => (may.canteen.value && communityId.value ? `${communityId.value}|${weekFrom.value}` : null),
  async (key) => {
    const [id, from] = key.split("|") as [string, string];
    return unwrap(canteenApi.menus.$get({ param: { communityId: id }, query: { from } }));
  },
);

export type MenuWeek = NonNullable<typeof menuWeek.data.value>;
export const moveWeek = (weeks: number) => (chosenWeek.value = addDays(weekFrom.value, weeks * 7));

export async function setDishes(id: string, date: string, sitting: Sitting, dishes: string[]) {
  await unwrap(
    canteenApi.menus[":date"][":sitting"].$put({ param: { communityId: id, date, sitting }, json: { dishes } }),
  );
  await menuWeek.reload();
}

export async function copyWeek(id: string, from: string) {
  const copied = await unwrap(canteenApi.menus["copy-week"].$post({ param: { communityId: id }, json: { from } }));
  chosenWeek.value = copied.to;
  return copied;
}

export async function closeDay(id: string, date: string, reason: string) {
  const closed = await unwrap(canteenApi.closures.$post({ param: { communityId: id }, json: { date, reason } }));
  await menuWeek.reload();
  return closed;
}

export async function reopenDay(id: string, date: string) {
  await unwrap(canteenApi.closures[":date"].$delete({ param: { communityId: id, date } }));
  await menuWeek.reload();
}
