import { signal } from "@preact/signals";
import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { canteenApi } from "./canteen";
import { communityId } from "./community";
import { may } from "./permissions";

/** The claim on screen: a month (YYYY-MM) and a fund's code. */
export const claim = signal<{ month: string; fund: string } | null>(null);

export const settlement = resource(
  () =>
    may.canteen.value && communityId.value && claim.value
      ? `${communityId.value}|${claim.value.month}|${claim.value.fund}`
      : null,
  async (key) => {
    const [id, month, fund] = key.split("|") as [string, string, string];
    return unwrap(canteenApi.settlement.$get({ param: { communityId: id }, query: { month, fund } }));
  },
);

export type Settlement = NonNullable<typeof settlement.data.value>;

export const settlementCsvUrl = (id: string, month: string, fund: string) =>
  `/api/communities/${encodeURIComponent(id)}/canteen/settlement.csv?${new URLSearchParams({ month, fund })}`;
