import { signal } from "@preact/signals";
import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { api } from "../api";
import { communityId } from "./community";
import { may } from "./permissions";

const cards = api.communities[":communityId"]["meal-cards"][":residentId"];

/** The resident whose card is on screen at the desk. */
export const cardResidentId = signal<string | null>(null);

export const mealCard = resource(
  () =>
    may.canteen.value && communityId.value && cardResidentId.value
      ? `${communityId.value}|${cardResidentId.value}`
      : null,
  async (key) => {
    const [id, residentId] = key.split("|") as [string, string];
    return unwrap(cards.$get({ param: { communityId: id, residentId } }));
  },
);

export type CardEntry = NonNullable<typeof mealCard.data.value>["entries"][number];

export async function topUp(
  id: string,
  residentId: string,
  json: { amountFen: number; method: "cash" | "transfer"; note?: string; idempotencyKey: string },
) {
  const result = await unwrap(
    cards.entries.$post({ param: { communityId: id, residentId }, json: { ...json, kind: "top_up" } }),
  );
  await mealCard.reload();
  return result;
}
