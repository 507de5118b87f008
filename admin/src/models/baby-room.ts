import { signal } from "@preact/signals";
import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { api } from "../api";
import { communityId } from "./community";
import { may } from "./permissions";

export const babyApi = api.communities[":communityId"]["baby-room"];
const babyKey = () => (may.babyRoom.value ? communityId.value : null);
const param = (id: string) => ({ param: { communityId: id } });

/** The Monday of the week on screen; null until the page picks this week. */
export const babyMonday = signal<string | null>(null);
export const babyYear = signal(new Date().getFullYear());
export const babyChild = signal<string | null>(null);

const keyWith = (extra: string | number | null) => {
  const id = babyKey();
  return id && extra !== null ? `${id}|${extra}` : null;
};
const split = (key: string) => key.split("|") as [string, string];

export const babyWeek = resource(
  () => keyWith(babyMonday.value),
  async (key) => {
    const [id, week] = split(key);
    return unwrap(babyApi.sessions.$get({ ...param(id), query: { week } }));
  },
);
export const babyInRoom = resource(babyKey, async (id) => unwrap(babyApi["in-room"].$get(param(id))));
export const babyDoor = resource(babyKey, async (id) => unwrap(babyApi.door.$get(param(id))));
export const babyReport = resource(
  () => keyWith(babyYear.value),
  async (key) => {
    const [id, year] = split(key);
    return unwrap(babyApi.report.$get({ ...param(id), query: { year } }));
  },
);
export const babyChildren = resource(babyKey, async (id) =>
  unwrap(api.communities[":communityId"].children.$get(param(id))),
);
export const babyResidents = resource(babyKey, async (id) =>
  unwrap(api.communities[":communityId"].residents.$get(param(id))),
);
export const babyLedger = resource(
  () => keyWith(babyChild.value),
  async (key) => {
    const [id, childId] = split(key);
    return unwrap(babyApi.children[":childId"].ledger.$get({ param: { communityId: id, childId } }));
  },
);

export async function makeWeek(id: string, monday: string) {
  await unwrap(babyApi.weeks[":monday"].$post({ param: { communityId: id, monday } }));
  await babyWeek.reload();
}

export async function adjustAllowance(id: string, childId: string, amount: number, reason: string) {
  await unwrap(
    babyApi.children[":childId"].ledger.$post({
      param: { communityId: id, childId },
      json: { amount, reason, idempotencyKey: crypto.randomUUID() },
    }),
  );
  await babyLedger.reload();
}

export async function addGuardian(
  id: string,
  childId: string,
  json: { residentId: string; relation: string; reason: string },
) {
  await unwrap(babyApi.children[":childId"].guardians.$post({ param: { communityId: id, childId }, json }));
  await babyChildren.reload();
}

export async function removeGuardian(id: string, childId: string, residentId: string, reason: string) {
  await unwrap(
    babyApi.children[":childId"].guardians[":residentId"].remove.$post({
      param: { communityId: id, childId, residentId },
      json: { reason },
    }),
  );
  await babyChildren.reload();
}
