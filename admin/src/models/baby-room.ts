import { signal } from "@preact/signals";
import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { api } from "../api";
import { communityId } from "./community";
import type { Decision } from "./operations";
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

/** The room's policy, session types and weekly templates, for the setup page. */
export const babySetup = resource(babyKey, async (id) => unwrap(babyApi.$get(param(id))));
export type BabySetup = NonNullable<typeof babySetup.data.value>;
export type SessionTypeInput = Omit<BabySetup["types"][number], "id">;
export type TemplateInput = Omit<BabySetup["templates"][number], "id">;

/** Add a session type, or change the one with `typeId`. */
export async function saveSessionType(id: string, typeId: string | null, json: SessionTypeInput) {
  if (typeId) await unwrap(babyApi["session-types"][":typeId"].$put({ param: { communityId: id, typeId }, json }));
  else await unwrap(babyApi["session-types"].$post({ param: { communityId: id }, json }));
  await babySetup.reload();
}

/** Add a weekly template, or change the one with `templateId`. */
export async function saveTemplate(id: string, templateId: string | null, json: TemplateInput) {
  if (templateId) await unwrap(babyApi.templates[":templateId"].$put({ param: { communityId: id, templateId }, json }));
  else await unwrap(babyApi.templates.$post({ param: { communityId: id }, json }));
  await babySetup.reload();
}

/** A one-off session (a holiday class) outside the templates. */
export async function addOneOffSession(id: string, json: { typeId: string; startsAt: string; caregivers: number }) {
  const made = await unwrap(babyApi.sessions.$post({ param: { communityId: id }, json }));
  await babyWeek.reload();
  return made;
}

export type BabyPolicyInput = BabySetup["policy"] & { reason: string; choice?: "keep" | "cancel" };

/** The baby room's answer to below-booked: its sessions have nowhere to move to, so keep or cancel. */
export const keepOrCancel = (decision?: Decision) =>
  decision ? { choice: decision.choice === "cancel" ? ("cancel" as const) : ("keep" as const) } : {};

/** The room's rules; its size resizes every session to come (below what is booked, staff choose first). */
export async function saveBabyPolicy(id: string, json: BabyPolicyInput) {
  const changed = await unwrap(babyApi.policy.$put({ param: { communityId: id }, json }));
  await Promise.all([babySetup.reload(), babyWeek.reload()]);
  return changed;
}

/** Change a session's caregivers, or (unbooked) its time and type. */
export async function updateBabySession(
  id: string,
  sessionId: string,
  json: { typeId: string; startsAt: string; caregivers: number; reason: string; choice?: "keep" | "cancel" },
) {
  const changed = await unwrap(babyApi.sessions[":sessionId"].$put({ param: { communityId: id, sessionId }, json }));
  await babyWeek.reload();
  return changed;
}

/** Take a session off the calendar; with bookings, only once staff confirm cancelling them. */
export async function removeBabySession(
  id: string,
  sessionId: string,
  json: { reason: string; cancelBookings?: boolean },
) {
  const removed = await unwrap(
    babyApi.sessions[":sessionId"].remove.$post({ param: { communityId: id, sessionId }, json }),
  );
  await babyWeek.reload();
  return removed;
}

/** Delete a weekly template: its unbooked sessions to come go, booked ones stay as one-offs. */
export async function deleteBabyTemplate(id: string, templateId: string) {
  const deleted = await unwrap(babyApi.templates[":templateId"].$delete({ param: { communityId: id, templateId } }));
  await Promise.all([babySetup.reload(), babyWeek.reload()]);
  return deleted;
}
