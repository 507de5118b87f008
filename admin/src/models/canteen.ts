import { signal } from "@preact/signals";
import { unwrap } from "@ui/api-client";
import { resource } from "@ui/resource";
import { api } from "../api";
import { communityId } from "./community";
import { may } from "./permissions";

export const canteenApi = api.communities[":communityId"].canteen;
const param = (id: string) => ({ param: { communityId: id } });
const canteenKey = () => (may.canteen.value ? communityId.value : null);

/** The service day the kitchen, counter and delivery lists show: null for today, or a day ahead (orders come in ahead). */
export const listDate = signal<string | null>(null);
const dayKey = () => (may.canteen.value && communityId.value ? `${communityId.value}|${listDate.value ?? ""}` : null);
const dayQuery = (key: string) => {
  const [id, date] = key.split("|") as [string, string];
  return { ...param(id), query: date ? { date } : {} };
};

/** A day's kitchen and counter (today unless another day is chosen): what to cook and the tickets to hand over. */
export const production = resource(
  dayKey,
  async (key) => (await unwrap(canteenApi.production.$get(dayQuery(key)))).items,
);
export const tickets = resource(dayKey, async (key) => (await unwrap(canteenApi.tickets.$get(dayQuery(key)))).items);
export const deliveries = resource(
  dayKey,
  async (key) => (await unwrap(canteenApi.deliveries.$get(dayQuery(key)))).items,
);
export const welfareAlerts = resource(
  canteenKey,
  async (id) => (await unwrap(canteenApi["welfare-alerts"].$get(param(id)))).items,
);
export const funds = resource(canteenKey, async (id) => unwrap(canteenApi.funds.$get(param(id))));
export const policies = resource(canteenKey, async (id) => unwrap(canteenApi.policies.$get(param(id))));
export const canteenResidents = resource(canteenKey, async (id) => unwrap(canteenApi.residents.$get(param(id))));

export type Ticket = NonNullable<typeof tickets.data.value>[number];
export type Production = NonNullable<typeof production.data.value>[number];
export type DeliveryGrid = NonNullable<typeof deliveries.data.value>[number];
export type DeliveryOrder = DeliveryGrid["buildings"][number]["orders"][number];
export type WelfareAlert = NonNullable<typeof welfareAlerts.data.value>[number];
export type Fund = NonNullable<typeof funds.data.value>["items"][number];
export type PolicyVersion = NonNullable<typeof policies.data.value>["items"][number];
export type PolicyRules = PolicyVersion["rules"];
export type Sitting = Production["sitting"];

/** When the live lists were last read, for the "updated at" line. */
export const refreshedAt = signal<Date | null>(null);

export async function refreshToday() {
  await Promise.all([production.reload(), tickets.reload()]);
  refreshedAt.value = new Date();
}

export async function markOrder(id: string, orderId: string, outcome: "served" | "delivered" | "no_answer") {
  await unwrap(canteenApi.orders[":orderId"].mark.$post({ param: { communityId: id, orderId }, json: { outcome } }));
  await Promise.all(
    outcome === "served" ? [tickets.reload(), production.reload()] : [deliveries.reload(), welfareAlerts.reload()],
  );
}

export async function resolveAlert(id: string, alertId: string, note: string) {
  await unwrap(
    canteenApi["welfare-alerts"][":alertId"].resolve.$post({ param: { communityId: id, alertId }, json: { note } }),
  );
  await welfareAlerts.reload();
}

export async function addPolicyVersion(id: string, json: { effectiveFrom: string; rules: PolicyRules }) {
  const created = await unwrap(canteenApi.policies.$post({ ...param(id), json }));
  await policies.reload();
  return created;
}

/** Who pays what under rules not yet saved, priced by the API (the kiosk's own rules). */
export const previewPolicy = (id: string, rules: PolicyRules) =>
  unwrap(canteenApi.policies.preview.$post({ ...param(id), json: { rules } }));
export type PolicyPreview = Awaited<ReturnType<typeof previewPolicy>>;

export async function setFundBudget(id: string, fundId: string, monthlyBudgetFen: number | null) {
  await unwrap(canteenApi.funds[":fundId"].$patch({ param: { communityId: id, fundId }, json: { monthlyBudgetFen } }));
  await funds.reload();
}

/** A fund's budget for one month (null: the month follows the fund's default again). */
export async function setMonthBudget(id: string, fundId: string, month: string, budgetFen: number | null) {
  const saved = await unwrap(
    canteenApi.funds[":fundId"].budgets[":month"].$put({
      param: { communityId: id, fundId, month },
      json: { budgetFen },
    }),
  );
  await funds.reload();
  return saved;
}

export async function setDeliveryEligible(id: string, residentId: string, deliveryEligible: boolean) {
  await unwrap(
    canteenApi.residents[":residentId"].$patch({ param: { communityId: id, residentId }, json: { deliveryEligible } }),
  );
  await canteenResidents.reload();
}

export async function linkFamily(id: string, elderId: string, familyId: string) {
  await unwrap(canteenApi["family-links"].$post({ ...param(id), json: { elderId, familyId } }));
  await canteenResidents.reload();
}

export async function unlinkFamily(id: string, elderId: string, familyId: string) {
  await unwrap(
    canteenApi["family-links"][":elderId"][":familyId"].$delete({ param: { communityId: id, elderId, familyId } }),
  );
  await canteenResidents.reload();
}
